package dk.ringtjek.moderation;

import java.net.URI;

import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import dk.ringtjek.abuse.RateLimits;
import dk.ringtjek.i18n.LocalizedPaths;
import dk.ringtjek.i18n.MessageExtensions;
import dk.ringtjek.number.Number;
import dk.ringtjek.number.NumberNormaliser;
import dk.ringtjek.number.PhoneNumber;
import dk.ringtjek.web.FormErrors;
import dk.ringtjek.report.HideReason;

/** "Report this post" for visitors, and the public moderation log of a number. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class FlagResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance flag(FlagPage page);

        static native TemplateInstance log(String numberDisplay, String numberPath, ModerationLog.Log log);
    }

    /** The flag form of one report. */
    public record FlagPage(String numberDisplay, String numberPath, long reportId, FlagForm values, FormErrors errors) {
        public HideReason[] reasons() {
            return HideReason.values();
        }

        public boolean reasonIs(HideReason reason) {
            return reason.name().equals(values.reason);
        }

        public int noteMax() {
            return FlagForm.NOTE_MAX;
        }
    }

    private final NumberNormaliser normaliser;
    private final FlagService flags;
    private final ModerationLog moderationLog;
    private final ClientKey clientKey;
    private final RateLimits limits;
    private final Validator validator;

    public FlagResource(NumberNormaliser normaliser, FlagService flags, ModerationLog moderationLog,
            ClientKey clientKey, RateLimits limits, Validator validator) {
        this.normaliser = normaliser;
        this.flags = flags;
        this.moderationLog = moderationLog;
        this.clientKey = clientKey;
        this.limits = limits;
        this.validator = validator;
    }

    @GET
    @Path("nummer/{number}/anmeldelser/{report}/rapporter")
    public TemplateInstance form(@PathParam("number") String spelling, @PathParam("report") long reportId) {
        Number number = normaliser.normalise(spelling);
        return Templates.flag(new FlagPage(normaliser.display(number), number.canonicalPath(), reportId,
                new FlagForm(), FormErrors.none()));
    }

    @POST
    @Path("nummer/{number}/anmeldelser/{report}/rapporter")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response flag(@PathParam("number") String spelling, @PathParam("report") long reportId, FlagForm form,
            @Context HttpServerRequest request) {
        Number number = normaliser.normalise(spelling);
        FormErrors errors = FormErrors.of(validator.validate(form));
        if (!errors.isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST).entity(Templates.flag(new FlagPage(
                    normaliser.display(number), number.canonicalPath(), reportId, form, errors))).build();
        }
        String flagger = clientKey.of(request);
        limits.flag(flagger);
        FlagService.Outcome outcome = flags.flag(number.e164(), reportId, flagger, HideReason.valueOf(form.reason),
                form.note);
        if (outcome == FlagService.Outcome.NO_SUCH_REPORT) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        return Response.seeOther(URI.create(LocalizedPaths.in(MessageExtensions.language(), number.canonicalPath())
                + "?flag=" + outcome.name().toLowerCase(
                java.util.Locale.ROOT).replace('_', '-') + "#anmeldelser")).build();
    }

    @GET
    @Path("nummer/{number}/moderation")
    public TemplateInstance log(@PathParam("number") String spelling) {
        Number number = normaliser.normalise(spelling);
        ModerationLog.Log log = PhoneNumber.findByE164(number.e164()).map(phone -> moderationLog.of(phone.id))
                .orElse(new ModerationLog.Log(java.util.List.of(), java.util.List.of(), new ModerationLog.Appeals(0, 0, 0)));
        return Templates.log(normaliser.display(number), number.canonicalPath(), log);
    }
}
