package dk.ringtjek.abuse;

import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.vertx.core.http.HttpServerRequest;

/** A generous allowance of page views and searches per client, against scrapers. */
public class ViewLimitFilter {

    private final RateLimits limits;
    private final ClientKey clientKey;

    public ViewLimitFilter(RateLimits limits, ClientKey clientKey) {
        this.limits = limits;
        this.clientKey = clientKey;
    }

    @ServerRequestFilter
    public void limitViews(ContainerRequestContext context, HttpServerRequest request) {
        if (!"GET".equals(context.getMethod())) {
            return;
        }
        String path = context.getUriInfo().getPath();
        if (path.startsWith("/nummer/") || path.equals("/search")) {
            limits.view(clientKey.of(request));
        }
    }
}
