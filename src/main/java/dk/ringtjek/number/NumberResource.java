package dk.ringtjek.number;

import java.net.URI;
import java.util.Set;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import dk.ringtjek.i18n.CurrentLanguage;
import dk.ringtjek.i18n.LocalizedPaths;
import dk.ringtjek.report.Cursor;
import dk.ringtjek.web.PublicPages;
import dk.ringtjek.web.RenderedPage;

/**
 * The number page, the hot path, and the search that leads to it. The page is the same for every
 * visitor of a language: kept rendered here ({@link NumberPageCache}) and sent by {@link PublicPages}
 * so that the shared cache in front of us can answer most views.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class NumberResource {

    static final String CURSOR_PARAM = "foer";
    static final String FLAG_PARAM = "flag";
    private static final Set<String> FLAG_OUTCOMES = Set.of("counted", "held", "already-flagged");

    private final NumberNormaliser normaliser;
    private final NumberPageService pages;
    private final NumberPageRenderer renderer;
    private final PublicPages publicPages;
    private final CurrentLanguage language;

    public NumberResource(NumberNormaliser normaliser, NumberPageService pages, NumberPageRenderer renderer,
            PublicPages publicPages, CurrentLanguage language) {
        this.normaliser = normaliser;
        this.pages = pages;
        this.renderer = renderer;
        this.publicPages = publicPages;
        this.language = language;
    }

    /** Any spelling of a number leads to its canonical page (303, since the query is not the page). */
    @GET
    @Path("search")
    public Response search(@QueryParam("q") String query) {
        Number number = normaliser.normalise(query);
        return Response.seeOther(localized(number.canonicalPath())).build();
    }

    @GET
    @Path("nummer/{number}")
    public Response page(@PathParam("number") String spelling, @QueryParam(CURSOR_PARAM) String cursor,
            @QueryParam(FLAG_PARAM) String flag, @Context Request request, @Context HttpHeaders headers) {
        Number number = normaliser.normalise(spelling);
        if (!number.urlKey().equals(spelling)) {
            return Response.status(Response.Status.MOVED_PERMANENTLY).location(localized(number.canonicalPath()))
                    .build();
        }
        if (flag != null && FLAG_OUTCOMES.contains(flag)) {
            // the outcome of this visitor's flag: for them alone
            return PublicPages.privatePage(Response.Status.OK,
                    renderer.renderWithNotice(pages.pageOnPrimary(number), "flag.notice." + flag));
        }
        Cursor before = Cursor.parse(cursor).orElse(null);
        RenderedPage page = before == null
                ? pages.newestPage(number, PageForm.page(language.get()), renderer::render)
                : renderer.render(pages.pageFor(number, before));
        return publicPages.send(page, request, headers);
    }

    private URI localized(String danishPath) {
        return URI.create(LocalizedPaths.in(language.get(), danishPath));
    }
}
