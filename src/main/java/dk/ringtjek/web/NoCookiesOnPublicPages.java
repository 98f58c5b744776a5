package dk.ringtjek.web;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * A response that shared caches may keep ({@code Cache-Control: public}, see {@link PublicPages}) never
 * sets a cookie: a cookie on it would be handed to everybody the cache answers, and a cache that
 * sees one keeps nothing. Quarkus' CSRF filter offers a token cookie on every first GET and the login
 * session renews its cookie on any request; on public pages both are dropped here, the last thing
 * before the headers are written. Forms live on pages of their own, which keep their cookies.
 */
@ApplicationScoped
public class NoCookiesOnPublicPages {

    private static final int ORDER = -2;

    private final List<String> cookieNames;

    public NoCookiesOnPublicPages(
            @ConfigProperty(name = "quarkus.rest-csrf.cookie-name", defaultValue = "csrf-token") String csrfCookie,
            @ConfigProperty(name = "quarkus.http.auth.form.cookie-name", defaultValue = "quarkus-credential")
            String sessionCookie) {
        this.cookieNames = List.of(csrfCookie, sessionCookie, Flash.COOKIE);
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::guard);
    }

    private void guard(RoutingContext routing) {
        routing.addHeadersEndHandler(ignored -> {
            HttpServerResponse response = routing.response();
            String cacheControl = response.headers().get(HttpHeaders.CACHE_CONTROL);
            if (cacheControl != null && cacheControl.startsWith("public")) {
                response.headers().remove(HttpHeaders.SET_COOKIE);
                cookieNames.forEach(name -> response.removeCookies(name, false));
            }
        });
        routing.next();
    }
}
