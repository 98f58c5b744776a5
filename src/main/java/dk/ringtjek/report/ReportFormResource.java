package dk.ringtjek.report;

import java.net.URI;

import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;

import dk.ringtjek.abuse.ClientKey;
import dk.ringtjek.abuse.RateLimitedException;
import dk.ringtjek.abuse.RateLimits;
import dk.ringtjek.i18n.CurrentLanguage;
import dk.ringtjek.i18n.LocalizedPaths;
import dk.ringtjek.number.Number;
import dk.ringtjek.number.NumberNormaliser;
import dk.ringtjek.web.FormErrors;
import dk.ringtjek.web.FormGate;
import dk.ringtjek.web.PublicPages;

/**
 * Sharing an experience: the report form on a page of its own ({@code /nummer/{n}/anmeld}), where it
 * carries this visitor's tokens, so that the number page itself can be the same for everybody; the
 * post, saved whole or shown again with what is wrong and everything the person typed; and the
 * thank-you page that shows the author their report at once, whatever any cache holds.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ReportFormResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(String numberDisplay, String numberPath, ReportFormState form);

        static native TemplateInstance thanks(String numberDisplay, String numberPath, ReportView report);
    }

    private final NumberNormaliser normaliser;
    private final ReportService reports;
    private final ClientKey clientKey;
    private final FormGate gate;
    private final RateLimits limits;
    private final Validator validator;
    private final CurrentLanguage language;

    public ReportFormResource(NumberNormaliser normaliser, ReportService reports, ClientKey clientKey,
            FormGate gate, RateLimits limits, Validator validator, CurrentLanguage language) {
        this.normaliser = normaliser;
        this.reports = reports;
        this.clientKey = clientKey;
        this.gate = gate;
        this.limits = limits;
        this.validator = validator;
        this.language = language;
    }

    @GET
    @Path("nummer/{number}/anmeld")
    public Response form(@PathParam("number") String spelling, @Context HttpServerRequest request) {
        Number number = normaliser.normalise(spelling);
        String token = gate.issue(clientKey.of(request), number.e164());
        return page(number, Response.Status.OK, ReportFormState.fresh(reportsPath(number), token));
    }

    @POST
    @Path("nummer/{number}/anmeldelser")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response report(@PathParam("number") String spelling, ReportForm form, @Context HttpServerRequest request) {
        Number number = normaliser.normalise(spelling);
        String author = clientKey.of(request);
        FormGate.Checked checked = gate.check(form.website, form.formToken, author, number.e164(),
                () -> FormErrors.of(validator.validate(form)));
        if (checked.bot()) {
            // dropped silently: nothing to learn for the bot
            return Response.seeOther(localized(number.canonicalPath() + "/tak")).build();
        }
        FormErrors errors = checked.errors();
        String token = checked.token();
        if (!errors.isEmpty()) {
            return page(number, Response.Status.BAD_REQUEST,
                    ReportFormState.invalid(form, errors, reportsPath(number), token));
        }
        Report saved;
        try {
            limits.report(author);
            saved = reports.submit(number, form.toInput(), author);
        } catch (RateLimitedException e) {
            // the person's text is kept: the form comes back with when to try again
            Response page = page(number, Response.Status.TOO_MANY_REQUESTS, ReportFormState.invalid(form,
                    FormErrors.none().add(FormErrors.FORM, "rate.report#" + e.retryAfterMinutes()),
                    reportsPath(number), token));
            return Response.fromResponse(page).header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds()).build();
        } catch (AlreadyReportedException e) {
            return page(number, Response.Status.CONFLICT,
                    ReportFormState.alreadyReported(form, reportsPath(number), token, e.existingReportId()));
        }
        return Response.seeOther(localized(thanksPath(number, saved.id))).build();
    }

    /** The author's report as saved (published, or waiting for a moderator); nobody else's. */
    @GET
    @Path("nummer/{number}/anmeldelser/{report}/tak")
    public Response thanks(@PathParam("number") String spelling, @PathParam("report") long reportId,
            @Context HttpServerRequest request) {
        Number number = normaliser.normalise(spelling);
        ReportView report = reports.authorsReport(number, reportId, clientKey.of(request))
                .orElseThrow(NotFoundException::new);
        return PublicPages.privatePage(Response.Status.OK,
                Templates.thanks(normaliser.display(number), number.canonicalPath(), report).render());
    }

    /** Where a dropped post lands: thanks, without a report to show. */
    @GET
    @Path("nummer/{number}/tak")
    public Response thanksWithoutReport(@PathParam("number") String spelling) {
        Number number = normaliser.normalise(spelling);
        return PublicPages.privatePage(Response.Status.OK,
                Templates.thanks(normaliser.display(number), number.canonicalPath(), null).render());
    }

    private Response page(Number number, Response.Status status, ReportFormState form) {
        return PublicPages.privatePage(status,
                Templates.form(normaliser.display(number), number.canonicalPath(), form).render());
    }

    private URI localized(String danishPath) {
        return URI.create(LocalizedPaths.in(language.get(), danishPath));
    }

    static String reportsPath(Number number) {
        return number.canonicalPath() + "/anmeldelser";
    }

    static String thanksPath(Number number, long reportId) {
        return reportsPath(number) + "/" + reportId + "/tak";
    }
}
