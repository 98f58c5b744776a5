package dk.ringtjek.web;

import java.net.URI;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.logging.Log;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import dk.ringtjek.config.RingtjekConfig;

/**
 * Refuses every state-changing request that the browser says comes from another site. Browsers tell
 * it in {@code Sec-Fetch-Site} and {@code Origin}, which no page can forge; so the small buttons on our
 * cached public pages (a helpful vote) need no per-visitor token to be safe from cross-site forgery,
 * and every form gets this check on top of its own token. A request without either header (an old
 * browser, a script of somebody's own) is left to the other defences.
 * <p>
 * Runs for every route, before login and REST, so that nothing is changed by a refused request.
 */
@ApplicationScoped
public class SameSitePosts {

    // after Quarkus' header route (Integer.MIN_VALUE) and our body-size check, before everything else
    private static final int ORDER = -2;
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    private static final Set<String> OUR_SITE = Set.of("same-origin", "none");

    private final ErrorPages pages;
    private final String baseAuthority;

    public SameSitePosts(ErrorPages pages, RingtjekConfig config) {
        this.pages = pages;
        this.baseAuthority = URI.create(config.baseUrl()).getRawAuthority();
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    private void check(RoutingContext routing) {
        if (SAFE.contains(routing.request().method()) || isOurs(routing)) {
            routing.next();
            return;
        }
        Log.infof("Refused a %s from another site", routing.request().method());
        routing.response().setStatusCode(403)
                .putHeader("Content-Type", ErrorPages.HTML_UTF8)
                .putHeader("Cache-Control", PublicPages.PRIVATE)
                .end(pages.html(routing, 403, ErrorPages.newErrorId()));
    }

    private boolean isOurs(RoutingContext routing) {
        String fetchSite = routing.request().getHeader("Sec-Fetch-Site");
        if (fetchSite != null && !OUR_SITE.contains(fetchSite)) {
            return false;
        }
        String origin = routing.request().getHeader("Origin");
        return origin == null || isOurOrigin(origin, routing.request().getHeader("Host"));
    }

    /** The page that sent it lives here: the host the browser asked (which a proxy passes on), or our public one. */
    boolean isOurOrigin(String origin, String host) {
        try {
            String authority = URI.create(origin.strip()).getRawAuthority();
            return authority != null && (authority.equalsIgnoreCase(host) || authority.equalsIgnoreCase(baseAuthority));
        } catch (IllegalArgumentException e) {
            return false; // "null" and other opaque or broken origins
        }
    }
}
