package dk.ringtjek.owner;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;

import dk.ringtjek.abuse.ClientKey;
import dk.ringtjek.abuse.RateLimitedException;
import dk.ringtjek.number.Number;
import dk.ringtjek.number.NumberNormaliser;
import dk.ringtjek.web.PublicPages;

/**
 * A report's author appeals its hiding or holding ({@code /nummer/{n}/anmeldelser/{id}/klage}),
 * reached from the thank-you page they hold; only the author key that wrote the report may.
 */
@Path("/nummer/{number}/anmeldelser/{report}/klage")
@Produces(MediaType.TEXT_HTML)
public class AppealResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance appeal(String numberDisplay, String numberPath, long reportId, String statement,
                String error, boolean sent);
    }

    private final NumberNormaliser normaliser;
    private final AppealService appeals;
    private final ClientKey clientKey;
    private final ClaimLimits limits;

    public AppealResource(NumberNormaliser normaliser, AppealService appeals, ClientKey clientKey, ClaimLimits limits) {
        this.normaliser = normaliser;
        this.appeals = appeals;
        this.clientKey = clientKey;
        this.limits = limits;
    }

    @GET
    public Response form(@PathParam("number") String spelling, @PathParam("report") long reportId,
            @Context HttpServerRequest request) {
        Number number = normaliser.normalise(spelling);
        if (!appeals.authorMayAppeal(reportId, clientKey.of(request))) {
            throw new NotFoundException();
        }
        return page(Response.Status.OK, number, reportId, null, null, false);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response appeal(@PathParam("number") String spelling, @PathParam("report") long reportId,
            @RestForm String statement, @Context HttpServerRequest request) {
        Number number = normaliser.normalise(spelling);
        String author = clientKey.of(request);
        if (!appeals.authorMayAppeal(reportId, author)) {
            throw new NotFoundException();
        }
        if (statement == null || statement.isBlank() || statement.length() > Appeal.STATEMENT_MAX) {
            return page(Response.Status.BAD_REQUEST, number, reportId, statement, "appeal.error.statement", false);
        }
        try {
            limits.claim(author);
        } catch (RateLimitedException e) {
            return page(Response.Status.TOO_MANY_REQUESTS, number, reportId, statement, "appeal.error.rate", false);
        }
        if (appeals.byAuthor(reportId, author, statement).isEmpty()) {
            return page(Response.Status.CONFLICT, number, reportId, statement, "appeal.error.open", false);
        }
        return page(Response.Status.OK, number, reportId, null, null, true);
    }

    private Response page(Response.Status status, Number number, long reportId, String statement, String error,
            boolean sent) {
        return PublicPages.privatePage(status, Templates.appeal(normaliser.display(number), number.canonicalPath(),
                reportId, statement, error, sent).render());
    }
}
