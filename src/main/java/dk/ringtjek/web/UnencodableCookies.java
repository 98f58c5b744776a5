package dk.ringtjek.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.logging.Log;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * A cookie that cannot be written is left out of the answer instead of breaking it. The login redirect
 * of a staff page keeps the requested address in a cookie so that it can lead back after the login;
 * an address with a character no cookie may hold ({@code /moderation;x}, a comma, a quote) made Netty
 * refuse the cookie while the answer was being written: a stack trace, a second failure ("Response
 * has already been written") and a connection that never got an answer. Without the cookie the
 * visitor simply lands on the staff home page after logging in.
 * <p>
 * Only requests whose target has such a character are watched, so that ordinary pages pay one scan
 * of their request line.
 */
@ApplicationScoped
public class UnencodableCookies {

    // right after Quarkus' header route (Integer.MIN_VALUE), before the security handlers
    private static final int ORDER = Integer.MIN_VALUE + 1;

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::watch);
    }

    private void watch(RoutingContext routing) {
        if (!isCookieSafe(routing.request().uri())) {
            routing.addHeadersEndHandler(ignored -> dropUnencodable(routing.request()));
        }
        routing.next();
    }

    private static void dropUnencodable(HttpServerRequest request) {
        List<String> names = new ArrayList<>();
        for (Cookie cookie : request.cookies()) {
            if (!isCookieSafe(cookie.getValue())) {
                names.add(cookie.getName());
            }
        }
        for (String name : names) {
            request.response().removeCookies(name, false);
            Log.debugf("Left out the cookie %s: its value holds a character no cookie may hold", name);
        }
    }

    /** RFC 6265's cookie-octet, as Netty's strict encoder checks it: no space, quote, comma, ';' or '\'. */
    static boolean isCookieSafe(String value) {
        if (value == null) {
            return true;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c <= 0x20 || c >= 0x7f || c == '"' || c == ',' || c == ';' || c == '\\') {
                return false;
            }
        }
        return true;
    }
}
