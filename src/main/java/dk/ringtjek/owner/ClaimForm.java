package dk.ringtjek.owner;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jboss.resteasy.reactive.RestForm;

import dk.ringtjek.web.FormErrors;
import dk.ringtjek.web.PlainText;
import dk.ringtjek.web.UserText;

/** The claim form as the person filled it in, kept as typed so that an invalid form comes back whole. */
public class ClaimForm {

    @RestForm
    @NotBlank(message = "owner.claim.error.kind")
    @Pattern(regexp = "ORGANISATION|PRIVATE", message = "owner.claim.error.kind")
    public String kind;

    @RestForm
    @Size(max = OwnerClaim.NAME_MAX, message = "owner.claim.error.too-long")
    @PlainText
    public String organisation;

    @RestForm
    @NotBlank(message = "owner.claim.error.contact-name")
    @Size(max = OwnerClaim.NAME_MAX, message = "owner.claim.error.too-long")
    @PlainText
    public String contactName;

    @RestForm
    @NotBlank(message = "owner.claim.error.email")
    @Email(message = "owner.claim.error.email")
    @Size(max = OwnerClaim.EMAIL_MAX, message = "owner.claim.error.email")
    public String email;

    @RestForm
    @NotBlank(message = "owner.claim.error.evidence")
    @Size(max = OwnerClaim.EVIDENCE_MAX, message = "owner.claim.error.too-long")
    @PlainText
    public String evidence;

    /** The honeypot: hidden from people, filled in by bots. */
    @RestForm
    public String website;

    /** When the form was shown (signed), see abuse.FormTimer. */
    @RestForm
    public String formToken;

    /** What bean validation cannot say alone: an organisation needs its name. */
    FormErrors withRules(FormErrors errors) {
        if ("ORGANISATION".equals(kind) && (organisation == null || organisation.isBlank())) {
            errors.add("organisation", "owner.claim.error.organisation");
        }
        return errors;
    }

    boolean isOrganisation() {
        return "ORGANISATION".equals(kind);
    }

    /** The name shown with the owner's words: the organisation's, or the contact's for a private person. */
    String ownerName() {
        return isOrganisation() ? UserText.clean(organisation) : UserText.clean(contactName);
    }

    public static ClaimForm empty() {
        return new ClaimForm();
    }
}
