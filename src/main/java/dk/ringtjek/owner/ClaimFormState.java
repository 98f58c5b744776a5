package dk.ringtjek.owner;

import dk.ringtjek.web.FormErrors;

/** The claim form page: what was typed, what is wrong with it, and the signed time it was shown. */
public record ClaimFormState(ClaimForm values, FormErrors errors, String formToken) {

    public boolean kindIs(String kind) {
        return kind.equals(values.kind);
    }

    public int nameMax() {
        return OwnerClaim.NAME_MAX;
    }

    public int emailMax() {
        return OwnerClaim.EMAIL_MAX;
    }

    public int evidenceMax() {
        return OwnerClaim.EVIDENCE_MAX;
    }
}
