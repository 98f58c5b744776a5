package dk.ringtjek.api;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Writes an {@link ApiProblem} as application/problem+json with its status. */
public class ApiProblemMapper {

    @ServerExceptionMapper
    public Response problem(ApiProblem problem) {
        return Response.status(problem.body().status()).type(ApiProblem.MEDIA_TYPE).entity(problem.body()).build();
    }
}
