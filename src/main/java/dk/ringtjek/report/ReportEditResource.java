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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;

import dk.ringtjek.abuse.ClientKey;
import dk.ringtjek.abuse.FormTimer;
import dk.ringtjek.i18n.CurrentLanguage;
import dk.ringtjek.i18n.LocalizedPaths;
import dk.ringtjek.number.Number;
import dk.ringtjek.number.NumberNormaliser;
import dk.ringtjek.web.FormErrors;

/** The author edits their own report (the way out of the once-a-day rule). Only the same author key may. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ReportEditResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance edit(String numberDisplay, String numberPath, ReportFormState form);
    }

    private final NumberNormaliser normaliser;
    private final ReportService reports;
    private final ClientKey clientKey;
    private final FormTimer formTimer;
    private final Validator validator;
    private final CurrentLanguage language;

    public ReportEditResource(NumberNormaliser normaliser, ReportService reports, ClientKey clientKey,
            FormTimer formTimer, Validator validator, CurrentLanguage language) {
        this.normaliser = normaliser;
        this.reports = reports;
        this.clientKey = clientKey;
        this.formTimer = formTimer;
        this.validator = validator;
        this.language = language;
    }

    @GET
    @Path("nummer/{number}/anmeldelser/{report}/rediger")
    public TemplateInstance form(@PathParam("number") String spelling, @PathParam("report") long reportId,
            @Context HttpServerRequest request) {
        Number number = normaliser.normalise(spelling);
        String author = clientKey.of(request);
        Report report = reports.ownReport(reportId, author).orElseThrow(NotFoundException::new);
        return page(number, new ReportFormState(ReportForm.of(report), FormErrors.none(), editPath(number, reportId),
                formTimer.issue(author, number.e164()), null));
    }

    @POST
    @Path("nummer/{number}/anmeldelser/{report}/rediger")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("number") String spelling, @PathParam("report") long reportId, ReportForm form,
            @Context HttpServerRequest request) {
        Number number = normaliser.normalise(spelling);
        FormErrors errors = FormErrors.of(validator.validate(form));
        if (!errors.isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST).entity(page(number, ReportFormState.invalid(form,
                    errors, editPath(number, reportId), form.formToken))).build();
        }
        if (!reports.edit(reportId, clientKey.of(request), number, form.toInput())) {
            throw new NotFoundException();
        }
        return Response.seeOther(URI.create(LocalizedPaths.in(language.get(),
                ReportFormResource.thanksPath(number, reportId)))).build();
    }

    private TemplateInstance page(Number number, ReportFormState form) {
        return Templates.edit(normaliser.display(number), number.canonicalPath(), form);
    }

    private static String editPath(Number number, long reportId) {
        return number.canonicalPath() + "/anmeldelser/" + reportId + "/rediger";
    }
}
