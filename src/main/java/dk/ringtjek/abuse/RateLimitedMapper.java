package dk.ringtjek.abuse;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Over an allowance: 429 with Retry-After and a page that says when to try again. */
public class RateLimitedMapper {

    @CheckedTemplate(basePath = "RateLimited")
    static class Templates {
        static native TemplateInstance tooMany(long minutes);
    }

    @ServerExceptionMapper
    public Response rateLimited(RateLimitedException e) {
        return Response.status(429)
                .header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds())
                .type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.tooMany(e.retryAfterMinutes()).render())
                .build();
    }
}
