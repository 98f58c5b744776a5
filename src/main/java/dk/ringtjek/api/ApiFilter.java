package dk.ringtjek.api;

import java.util.List;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

import dk.ringtjek.abuse.ClientKey;
import dk.ringtjek.abuse.RateLimitedException;
import dk.ringtjek.abuse.RateLimits;

/**
 * What every answer of /api/v1 shares: the API allowance per client key (429 as problem details), CORS
 * for any origin, and public caching for a short time. The answers depend on nothing personal (no
 * cookie, no session), so shared caches may hold them.
 */
public class ApiFilter {

    public static final String PREFIX = "/api/v1/";

    private final RateLimits limits;
    private final ClientKey clientKey;
    private final ApiConfig config;
    private final String csrfCookie;

    public ApiFilter(RateLimits limits, ClientKey clientKey, ApiConfig config,
            @ConfigProperty(name = "quarkus.rest-csrf.cookie-name", defaultValue = "csrf-token") String csrfCookie) {
        this.limits = limits;
        this.clientKey = clientKey;
        this.config = config;
        this.csrfCookie = csrfCookie;
    }

    @ServerRequestFilter
    public Response limit(ContainerRequestContext context, HttpServerRequest request, RoutingContext routing) {
        if (!context.getUriInfo().getPath().startsWith(PREFIX)) {
            return null;
        }
        // the CSRF token cookie every GET gets is for forms; a cached public answer must set no cookie
        routing.addHeadersEndHandler(ignored -> routing.response().removeCookie(csrfCookie, false));
        try {
            limits.api(clientKey.of(request));
            return null;
        } catch (RateLimitedException e) {
            return Response.status(429).type(ApiProblem.MEDIA_TYPE)
                    .header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds())
                    .entity(new ApiProblem.Body("about:blank", "Too Many Requests", 429,
                            "Over the API allowance of this client; try again after Retry-After seconds.", null,
                            e.retryAfterSeconds()))
                    .build();
        }
    }

    /** Runs after the language filter (lower priority: later), whose Vary: Cookie does not apply here. */
    @ServerResponseFilter(priority = Priorities.USER - 1000)
    public void headers(ContainerRequestContext request, ContainerResponseContext response) {
        if (!request.getUriInfo().getPath().startsWith(PREFIX)) {
            return;
        }
        var headers = response.getHeaders();
        String method = request.getMethod();
        if (HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method)) {
            headers.putSingle("Access-Control-Allow-Origin", "*");
            headers.putSingle("Access-Control-Expose-Headers", "ETag, Retry-After, " + BlocklistResource.VERSION_HEADER);
        }
        List<Object> vary = headers.get(HttpHeaders.VARY);
        if (vary != null) {
            vary.removeIf("Cookie"::equals);
        }
        int status = response.getStatus();
        headers.putSingle(HttpHeaders.CACHE_CONTROL, status == 429 || status >= 500 ? "no-store"
                : "public, max-age=" + config.cacheMaxAge().toSeconds());
    }
}
