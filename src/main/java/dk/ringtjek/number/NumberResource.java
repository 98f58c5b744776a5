package dk.ringtjek.number;

import java.net.URI;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import dk.ringtjek.web.CachedPage;

/** The number page and the search that leads to it. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class NumberResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(NumberPage page);
    }

    private final NumberNormaliser normaliser;
    private final NumberPageService pages;

    public NumberResource(NumberNormaliser normaliser, NumberPageService pages) {
        this.normaliser = normaliser;
        this.pages = pages;
    }

    /** Any spelling of a number leads to its canonical page (303, since the query is not the page). */
    @GET
    @Path("search")
    public Response search(@QueryParam("q") String query) {
        Number number = normaliser.normalise(query);
        return Response.seeOther(URI.create(number.canonicalPath())).build();
    }

    @GET
    @Path("nummer/{number}")
    @CachedPage
    public Response page(@PathParam("number") String spelling) {
        Number number = normaliser.normalise(spelling);
        if (!number.urlKey().equals(spelling)) {
            return Response.status(Response.Status.MOVED_PERMANENTLY)
                    .location(URI.create(number.canonicalPath())).build();
        }
        return Response.ok(Templates.page(pages.pageFor(number))).build();
    }
}
