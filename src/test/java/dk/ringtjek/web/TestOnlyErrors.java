package dk.ringtjek.web;

import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import io.vertx.ext.web.Router;

/** Failures the application never has on purpose, for the error-page tests (test sources only). */
@Path("/test-only")
public class TestOnlyErrors {

    static final String SECRET_DETAIL = "select author_key from report -- a detail nobody may see";

    @GET
    @Path("fails")
    public String fails() {
        throw new IllegalStateException(SECRET_DETAIL);
    }

    @GET
    @Path("too-many")
    public Response tooMany() {
        return Response.status(429).header("Retry-After", "60").build();
    }

    void routes(@Observes Router router) {
        router.get("/test-only/fails-in-vertx")
                .handler(routing -> routing.fail(new IllegalStateException(SECRET_DETAIL)));
    }
}
