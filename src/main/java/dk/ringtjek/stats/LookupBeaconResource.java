package dk.ringtjek.stats;

import java.util.Base64;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import io.vertx.core.http.HttpServerRequest;

import dk.ringtjek.abuse.ClientKey;
import dk.ringtjek.number.Number;
import dk.ringtjek.number.NumberNormaliser;
import dk.ringtjek.web.PublicPages;

/**
 * Counts a lookup. The number page is the same for everybody and is mostly answered by the shared
 * cache in front of us, which never asks us; so the page carries a one-pixel image whose address
 * nobody may keep ({@code no-store}), and each time a browser shows the page it asks for the image
 * here. That counts people who see a page, not the crawlers that read it, without any script.
 */
@Path("/")
public class LookupBeaconResource {

    /** A transparent 1×1 GIF. */
    private static final byte[] PIXEL = Base64.getDecoder().decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");

    private final NumberNormaliser normaliser;
    private final LookupCounter counter;
    private final ClientKey clientKey;

    public LookupBeaconResource(NumberNormaliser normaliser, LookupCounter counter, ClientKey clientKey) {
        this.normaliser = normaliser;
        this.counter = counter;
        this.clientKey = clientKey;
    }

    @GET
    @Path("nummer/{number}/vist.gif")
    public Response seen(@PathParam("number") String spelling, @HeaderParam(HttpHeaders.USER_AGENT) String userAgent,
            @Context HttpServerRequest request) {
        Number number = normaliser.normalise(spelling);
        if (!UserAgents.isBot(userAgent)) {
            counter.count(number.e164(), clientKey.of(request)); // one visitor adds one lookup a day
        }
        return Response.ok(PIXEL, "image/gif").header(HttpHeaders.CACHE_CONTROL, PublicPages.PRIVATE).build();
    }
}
