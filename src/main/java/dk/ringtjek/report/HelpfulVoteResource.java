package dk.ringtjek.report;

import java.net.URI;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.vertx.core.http.HttpServerRequest;

import dk.ringtjek.abuse.ClientKey;
import dk.ringtjek.abuse.RateLimits;
import dk.ringtjek.i18n.CurrentLanguage;
import dk.ringtjek.i18n.LocalizedPaths;
import dk.ringtjek.number.Number;
import dk.ringtjek.number.NumberNormaliser;

/**
 * "Helpful" under a report. The button sits on the cached number page, the same for everybody, so it
 * carries no per-visitor token: it posts an empty {@code text/plain} form, which Quarkus' CSRF filter
 * leaves alone ({@code quarkus.rest-csrf.require-form-url-encoded=false}), and
 * {@link dk.ringtjek.web.SameSitePosts} refuses it when the browser says another site sent it. A vote
 * counts once per client key and is rate limited.
 */
@Path("/")
public class HelpfulVoteResource {

    private final NumberNormaliser normaliser;
    private final ReportService reports;
    private final ClientKey clientKey;
    private final RateLimits limits;
    private final CurrentLanguage language;

    public HelpfulVoteResource(NumberNormaliser normaliser, ReportService reports, ClientKey clientKey,
            RateLimits limits, CurrentLanguage language) {
        this.normaliser = normaliser;
        this.reports = reports;
        this.clientKey = clientKey;
        this.limits = limits;
        this.language = language;
    }

    @POST
    @Path("nummer/{number}/anmeldelser/{report}/nyttig")
    @Consumes({MediaType.TEXT_PLAIN, MediaType.APPLICATION_FORM_URLENCODED})
    public Response vote(@PathParam("number") String spelling, @PathParam("report") long reportId,
            @Context HttpServerRequest request) {
        Number number = normaliser.normalise(spelling);
        String voter = clientKey.of(request);
        limits.vote(voter);
        reports.voteHelpful(number.e164(), reportId, voter);
        return Response.seeOther(URI.create(LocalizedPaths.in(language.get(), number.canonicalPath()) + "#r" + reportId))
                .build();
    }
}
