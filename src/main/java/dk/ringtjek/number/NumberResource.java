package dk.ringtjek.number;

import java.net.URI;
import java.util.Set;

import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.csrf.reactive.runtime.CsrfTokenParameterProvider;
import io.vertx.core.http.HttpServerRequest;

import dk.ringtjek.abuse.BotGuard;
import dk.ringtjek.abuse.ClientKey;
import dk.ringtjek.abuse.FormTimer;
import dk.ringtjek.abuse.RateLimitedException;
import dk.ringtjek.abuse.RateLimits;
import dk.ringtjek.i18n.CurrentLanguage;
import dk.ringtjek.report.AlreadyReportedException;
import dk.ringtjek.report.Cursor;
import dk.ringtjek.report.ReportForm;
import dk.ringtjek.report.ReportFormState;
import dk.ringtjek.report.ReportService;
import dk.ringtjek.stats.ShownNumber;
import dk.ringtjek.web.CachedPage;
import dk.ringtjek.web.FormErrors;
import dk.ringtjek.web.SplicedPage;
import dk.ringtjek.web.SplicedResponses;

/** The number page, the search that leads to it, and the report form on it. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class NumberResource {

    static final String SENT_PARAM = "sendt";
    static final String CURSOR_PARAM = "foer";
    static final String FLAG_PARAM = "flag";
    private static final Set<String> FLAG_OUTCOMES = Set.of("counted", "held", "already-flagged");

    private final NumberNormaliser normaliser;
    private final NumberPageService pages;
    private final NumberPageRenderer renderer;
    private final SplicedResponses spliced;
    private final CurrentLanguage language;
    private final CsrfTokenParameterProvider csrf;
    private final ShownNumber shown;
    private final ReportService reports;
    private final ClientKey clientKey;
    private final FormTimer formTimer;
    private final BotGuard botGuard;
    private final RateLimits limits;
    private final Validator validator;

    public NumberResource(NumberNormaliser normaliser, NumberPageService pages, NumberPageRenderer renderer,
            SplicedResponses spliced, CurrentLanguage language, CsrfTokenParameterProvider csrf, ShownNumber shown,
            ReportService reports,
            ClientKey clientKey, FormTimer formTimer, BotGuard botGuard, RateLimits limits, Validator validator) {
        this.normaliser = normaliser;
        this.pages = pages;
        this.renderer = renderer;
        this.spliced = spliced;
        this.language = language;
        this.csrf = csrf;
        this.shown = shown;
        this.reports = reports;
        this.clientKey = clientKey;
        this.formTimer = formTimer;
        this.botGuard = botGuard;
        this.limits = limits;
        this.validator = validator;
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
    public Response page(@PathParam("number") String spelling, @QueryParam(CURSOR_PARAM) String cursor,
            @QueryParam(SENT_PARAM) String sent, @QueryParam(FLAG_PARAM) String flag, @Context HttpHeaders headers) {
        Number number = normaliser.normalise(spelling);
        if (!number.urlKey().equals(spelling)) {
            return Response.status(Response.Status.MOVED_PERMANENTLY)
                    .location(URI.create(number.canonicalPath())).build();
        }
        shown.set(number.e164()); // for the lookup count, which only counts pages shown
        Cursor before = Cursor.parse(cursor).orElse(null);
        String notice = notice(sent, flag);
        if (before == null && notice == null) {
            // the hot path: the page as kept in memory, with this visitor's tokens spliced in
            SplicedPage page = pages.newestPage(number, language.get(),
                    model -> renderer.splice(model, reportsPath(number)));
            String token = csrf.getToken();
            return spliced.send(page, headers, Integer.toHexString(token.hashCode()),
                    NumberPageRenderer.values(token, formTimer.issue()));
        }
        ReportFormState form = ReportFormState.fresh(reportsPath(number), formTimer.issue());
        // rendered here: Qute's response filter renders through a timed Uni, whose Vert.x timer per
        // request serialises busy threads on one lock (measured with jstack under wrk)
        return Response.ok(renderer.render(pages.pageFor(number, before), form, notice), MediaType.TEXT_HTML_TYPE)
                .build();
    }

    /** A new report: saved whole and shown after a redirect, or the form again with what is wrong. */
    @POST
    @Path("nummer/{number}/anmeldelser")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response report(@PathParam("number") String spelling, ReportForm form, @Context HttpServerRequest request) {
        Number number = normaliser.normalise(spelling);
        URI thanks = URI.create(number.canonicalPath() + "?" + SENT_PARAM + "=1#anmeldelser");
        if (botGuard.isBot(form.website, form.formToken)) {
            return Response.seeOther(thanks).build(); // dropped silently: nothing to learn for the bot
        }
        FormErrors errors = FormErrors.of(validator.validate(form));
        if (botGuard.isExpired(form.formToken)) {
            errors = FormErrors.none().add(FormErrors.FORM, "report.error.expired");
        }
        if (!errors.isEmpty()) {
            return again(number, Response.Status.BAD_REQUEST, ReportFormState.invalid(form, errors,
                    reportsPath(number), botGuard.isExpired(form.formToken) ? formTimer.issue() : form.formToken));
        }
        String author = clientKey.of(request);
        try {
            limits.report(author);
            reports.submit(number, form.toInput(), author);
        } catch (RateLimitedException e) {
            // the person's text is kept: the form comes back with when to try again
            Response page = again(number, Response.Status.TOO_MANY_REQUESTS, ReportFormState.invalid(form,
                    FormErrors.none().add(FormErrors.FORM, "rate.report#" + e.retryAfterMinutes()),
                    reportsPath(number), form.formToken));
            return Response.fromResponse(page).header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds()).build();
        } catch (AlreadyReportedException e) {
            return again(number, Response.Status.CONFLICT,
                    ReportFormState.alreadyReported(form, reportsPath(number), form.formToken, e.existingReportId()));
        }
        return Response.seeOther(thanks).build();
    }

    @POST
    @Path("nummer/{number}/anmeldelser/{report}/nyttig")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response helpful(@PathParam("number") String spelling, @PathParam("report") long reportId,
            @Context HttpServerRequest request) {
        Number number = normaliser.normalise(spelling);
        String voter = clientKey.of(request);
        limits.vote(voter);
        reports.voteHelpful(number.e164(), reportId, voter);
        return Response.seeOther(URI.create(number.canonicalPath() + "#r" + reportId)).build();
    }

    private Response again(Number number, Response.Status status, ReportFormState form) {
        NumberPage page = pages.pageFor(number, null);
        return Response.status(status).entity(renderer.render(page, form, null)).type(MediaType.TEXT_HTML_TYPE)
                .build();
    }

    static String reportsPath(Number number) {
        return number.canonicalPath() + "/anmeldelser";
    }

    /** The thank-you line after a redirect; only known values, never the parameter's text. */
    private static String notice(String sent, String flag) {
        if (sent != null) {
            return "report.form.sent";
        }
        return flag != null && FLAG_OUTCOMES.contains(flag) ? "flag.notice." + flag : null;
    }
}
