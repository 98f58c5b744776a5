package dk.ringtjek.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import dk.ringtjek.abuse.AbuseConfig;
import dk.ringtjek.web.CachedPage;

/** /api: the open-data API explained for people (endpoints, limits, licence); the machines read /q/openapi. */
@Path("/api")
@Produces(MediaType.TEXT_HTML)
public class ApiPageResource {

    /** The figures the page quotes, from the same configuration the API obeys. */
    public record Limits(int perMinute, long cacheSeconds, int reportsMax, int lookupMin, int lookupMax) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(Limits limits);
    }

    private final AbuseConfig abuse;
    private final ApiConfig config;

    public ApiPageResource(AbuseConfig abuse, ApiConfig config) {
        this.abuse = abuse;
        this.config = config;
    }

    @GET
    @CachedPage
    @Operation(hidden = true)
    public TemplateInstance page() {
        return Templates.page(new Limits(abuse.rate().apiPerMinute(), config.cacheMaxAge().toSeconds(),
                config.reportsMaxLimit(), LookupService.MIN_PREFIX, LookupService.MAX_PREFIX));
    }
}
