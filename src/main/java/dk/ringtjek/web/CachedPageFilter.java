package dk.ringtjek.web;

import java.util.List;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import io.quarkus.qute.TemplateInstance;

/**
 * Sends the pages of {@link CachedPage} resource methods as {@link PublicPages} sends the number page:
 * rendered once for the response, tagged by content, public to shared caches, 304 when unchanged.
 */
@Provider
@CachedPage
public class CachedPageFilter implements ContainerResponseFilter {

    // looked up per request: JAX-RS providers are created before runtime configuration is there
    @Inject
    Instance<PublicPages> pages;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() != Response.Status.OK.getStatusCode()
                || !(HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod()))) {
            return;
        }
        String body = renderedBody(response);
        if (body == null) {
            return;
        }
        Response answer = pages.get().send(RenderedPage.of(body), request.getRequest(),
                request.getHeaderString(HttpHeaders.ACCEPT_ENCODING));
        response.setStatus(answer.getStatus());
        response.setEntity(answer.getEntity(), response.getEntityAnnotations(), answer.getMediaType());
        answer.getHeaders().forEach((name, values) -> response.getHeaders().put(name, List.copyOf(values)));
    }

    /** The body as sent; a template not rendered yet is rendered here (the template filter then has nothing to do). */
    private static String renderedBody(ContainerResponseContext response) {
        Object entity = response.getEntity();
        if (entity instanceof TemplateInstance template) {
            return template.render();
        }
        return entity instanceof String body ? body : null;
    }
}
