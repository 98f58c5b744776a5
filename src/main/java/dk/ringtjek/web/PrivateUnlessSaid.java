package dk.ringtjek.web;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every answer that does not say how it may be cached is private: forms, staff pages, redirects and
 * errors carry this visitor's tokens or session, and no shared cache may keep them. Public pages say
 * so themselves ({@link PublicPages}).
 */
public class PrivateUnlessSaid {

    @ServerResponseFilter
    public void markPrivate(ContainerResponseContext response) {
        if (!response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, PublicPages.PRIVATE);
        }
    }
}
