package dk.ringtjek.owner;

/** Where a claim is: waiting for its e-mail to be confirmed, for an editor, or decided. */
public enum ClaimStatus {
    UNCONFIRMED,
    PENDING,
    APPROVED,
    REJECTED
}
