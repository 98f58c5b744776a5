package dk.ringtjek.owner;

import java.net.URI;

import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import dk.ringtjek.i18n.CurrentLanguage;
import dk.ringtjek.i18n.LocalizedPaths;
import dk.ringtjek.number.Number;
import dk.ringtjek.number.NumberNormaliser;
import dk.ringtjek.web.FormErrors;
import dk.ringtjek.web.FormGate;
import dk.ringtjek.web.PublicPages;

/**
 * "Er det dit nummer?": the claim form on a page of its own ({@code /nummer/{n}/ejer}, so that the
 * number page stays the same for everybody), the post that stores the claim and e-mails the
 * confirmation link, and the page that link opens.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ClaimResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(String numberDisplay, String numberPath, ClaimFormState form);

        static native TemplateInstance sent(String numberDisplay, String numberPath);

        static native TemplateInstance confirmed(String numberDisplay, String numberPath, boolean confirmed);
    }

    private final NumberNormaliser normaliser;
    private final ClaimService claims;
    private final OwnerMail mail;
    private final ClientKey clientKey;
    private final FormGate gate;
    private final ClaimLimits limits;
    private final Validator validator;
    private final CurrentLanguage language;

    public ClaimResource(NumberNormaliser normaliser, ClaimService claims, OwnerMail mail, ClientKey clientKey,
            FormGate gate, ClaimLimits limits, Validator validator, CurrentLanguage language) {
        this.normaliser = normaliser;
        this.claims = claims;
        this.mail = mail;
        this.clientKey = clientKey;
        this.gate = gate;
        this.limits = limits;
        this.validator = validator;
        this.language = language;
    }

    @GET
    @Path("nummer/{number}/ejer")
    public Response form(@PathParam("number") String spelling, @Context HttpServerRequest request) {
        Number number = normaliser.normalise(spelling);
        String token = gate.issue(clientKey.of(request), number.e164());
        return page(number, Response.Status.OK, new ClaimFormState(ClaimForm.empty(), FormErrors.none(), token));
    }

    @POST
    @Path("nummer/{number}/ejer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response claim(@PathParam("number") String spelling, ClaimForm form, @Context HttpServerRequest request) {
        Number number = normaliser.normalise(spelling);
        String client = clientKey.of(request);
        FormGate.Checked checked = gate.check(form.website, form.formToken, client, number.e164(),
                () -> form.withRules(FormErrors.of(validator.validate(form))));
        if (checked.bot()) {
            return Response.seeOther(localized(number.canonicalPath() + "/ejer/sendt")).build();
        }
        FormErrors errors = checked.errors();
        String token = checked.token();
        if (!errors.isEmpty()) {
            return page(number, Response.Status.BAD_REQUEST, new ClaimFormState(form, errors, token));
        }
        try {
            limits.claim(client);
        } catch (RateLimitedException e) {
            Response page = page(number, Response.Status.TOO_MANY_REQUESTS, new ClaimFormState(form,
                    FormErrors.none().add(FormErrors.FORM, "owner.claim.error.rate#" + e.retryAfterMinutes()), token));
            return Response.fromResponse(page).header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds()).build();
        }
        String confirmToken = claims.submit(number, form, language.get());
        mail.confirmClaim(form.email.strip(), language.get(), normaliser.display(number),
                localizedPath(number.canonicalPath() + "/ejer/bekraeft/" + confirmToken));
        return Response.seeOther(localized(number.canonicalPath() + "/ejer/sendt")).build();
    }

    @GET
    @Path("nummer/{number}/ejer/sendt")
    public Response sent(@PathParam("number") String spelling) {
        Number number = normaliser.normalise(spelling);
        return PublicPages.privatePage(Response.Status.OK,
                Templates.sent(normaliser.display(number), number.canonicalPath()).render());
    }

    /** The link in the e-mail: the claim goes to the editors' queue. */
    @GET
    @Path("nummer/{number}/ejer/bekraeft/{token}")
    public Response confirm(@PathParam("number") String spelling, @PathParam("token") String token) {
        Number number = normaliser.normalise(spelling);
        boolean confirmed = claims.confirm(token, number.e164()).isPresent();
        return PublicPages.privatePage(confirmed ? Response.Status.OK : Response.Status.NOT_FOUND,
                Templates.confirmed(normaliser.display(number), number.canonicalPath(), confirmed).render());
    }

    private Response page(Number number, Response.Status status, ClaimFormState form) {
        return PublicPages.privatePage(status,
                Templates.form(normaliser.display(number), number.canonicalPath(), form).render());
    }

    private String localizedPath(String danishPath) {
        return LocalizedPaths.in(language.get(), danishPath);
    }

    private URI localized(String danishPath) {
        return URI.create(localizedPath(danishPath));
    }
}
