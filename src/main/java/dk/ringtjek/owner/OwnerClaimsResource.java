package dk.ringtjek.owner;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

import dk.ringtjek.i18n.Language;
import dk.ringtjek.i18n.Messages;
import dk.ringtjek.number.NumberNormaliser;

/**
 * The editors' queue of confirmed claims ({@code /redaktion/ejere}): approve (an owner account for the
 * number, and a mail with the link to set its password) or reject with a reason; and the pinned owner
 * notices, which editors can remove.
 */
@Path("/redaktion/ejere")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"editor", "admin"})
public class OwnerClaimsResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(List<ClaimRow> claims, List<OwnerNotices.NoticeRow> notices,
                List<PrivateNumbers.Request> privacy, String done, String error);
    }

    /** A claim as the editor sees it, with the number spelled for people. */
    public record ClaimRow(OwnerClaim claim, String numberDisplay, String numberPath) {
    }

    private final ClaimService claims;
    private final OwnerNotices notices;
    private final OwnerMail mail;
    private final NumberNormaliser normaliser;
    private final SecurityIdentity identity;
    private final PrivateNumbers privateNumbers;

    public OwnerClaimsResource(ClaimService claims, OwnerNotices notices, OwnerMail mail, NumberNormaliser normaliser,
            SecurityIdentity identity, PrivateNumbers privateNumbers) {
        this.privateNumbers = privateNumbers;
        this.claims = claims;
        this.notices = notices;
        this.mail = mail;
        this.normaliser = normaliser;
        this.identity = identity;
    }

    @GET
    public TemplateInstance queue(@QueryParam("done") String done, @QueryParam("error") String error) {
        List<ClaimRow> rows = claims.pending().stream().map(claim -> {
            var number = normaliser.normalise(claim.e164);
            return new ClaimRow(claim, normaliser.display(number), number.canonicalPath());
        }).toList();
        return Templates.queue(rows, notices.pinned(), privateNumbers.open(), key("owner.queue.done.", done), key("owner.queue.error.", error));
    }

    @POST
    @Path("{id}/godkend")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response approve(@PathParam("id") long id, @RestForm String reason) {
        ClaimService.Approval approval = claims.approve(id, editor(), reason).orElseThrow(NotFoundException::new);
        OwnerClaim claim = approval.claim();
        String display = normaliser.display(normaliser.normalise(claim.e164));
        if (approval.passwordToken() != null) {
            mail.approved(claim.email, claim.language, display, approval.username(),
                    PasswordResource.PATH + "/" + approval.passwordToken());
        } else {
            mail.addedToAccount(claim.email, claim.language, display, approval.username());
        }
        return back("approved");
    }

    @POST
    @Path("{id}/afvis")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reject(@PathParam("id") long id, @RestForm String reason) {
        if (reason == null || reason.isBlank()) {
            return Response.seeOther(URI.create("/redaktion/ejere?error=reason#c" + id)).build();
        }
        OwnerClaim claim = claims.reject(id, editor(), reason).orElseThrow(NotFoundException::new);
        mail.rejected(claim.email, claim.language, normaliser.display(normaliser.normalise(claim.e164)),
                claim.decisionReason);
        return back("rejected");
    }

    @POST
    @Path("opslag/{numberId}/fjern")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response removeNotice(@PathParam("numberId") long numberId, @RestForm String reason) {
        if (!notices.remove(numberId, editor(), reason)) {
            throw new NotFoundException();
        }
        return back("notice-removed");
    }

    /** An editor grants or refuses a private owner's request for a page with only the aggregate. */
    @POST
    @Path("privat/{id}/afgoer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decidePrivate(@PathParam("id") long id, @RestForm String outcome, @RestForm String reason) {
        if (!"grant".equals(outcome) && !"refuse".equals(outcome)) {
            return Response.status(Response.Status.BAD_REQUEST).build();
        }
        if (!privateNumbers.decide(id, "grant".equals(outcome), editor(), reason)) {
            throw new NotFoundException();
        }
        return back("private-decided");
    }

    private String editor() {
        return identity.getPrincipal().getName();
    }

    /** The message key of an outcome named in the query, or null for none or an unknown one. */
    private static String key(String prefix, String word) {
        return word == null || !word.matches("[a-z-]{1,20}") || !Messages.has(Language.DA, prefix + word) ? null
                : prefix + word;
    }

    private static Response back(String done) {
        return Response.seeOther(URI.create("/redaktion/ejere?done=" + done)).build();
    }
}
