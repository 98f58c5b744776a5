package dk.ringtjek.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The cheapest page the stack can serve: the ceiling the benchmark compares the number page with. */
@Path("/ping")
public class PingResource {

    static final String PONG = "pong";

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String ping() {
        return PONG;
    }
}
