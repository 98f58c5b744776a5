package dk.ringtjek.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

import org.eclipse.microprofile.openapi.annotations.Operation;

/** Any other path under /api/: a 404 as problem details, not the site's HTML error page. */
@Path("/api/{rest: .+}")
@Produces(ApiProblem.MEDIA_TYPE)
public class ApiNotFoundResource {

    @GET
    @Operation(hidden = true)
    public Object unknown() {
        throw ApiProblem.notFound("No such API path; the API is described at /q/openapi and /api.");
    }
}
