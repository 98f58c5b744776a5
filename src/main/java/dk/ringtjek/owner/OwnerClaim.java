package dk.ringtjek.owner;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import dk.ringtjek.i18n.Language;

/**
 * A person's claim to own a number, as sent from the public form: kept so that an editor can check
 * the evidence, and as the record of who was made owner and why. The e-mail address is never shown
 * publicly; only the hash of the confirmation link is stored.
 */
@Entity
@Table(name = "owner_claim")
public class OwnerClaim extends PanacheEntityBase {

    public static final int NAME_MAX = 120;
    public static final int EMAIL_MAX = 254;
    public static final int EVIDENCE_MAX = 2000;
    public static final int REASON_MAX = 1000;

    @Id
    @SequenceGenerator(name = "owner_claim_seq", sequenceName = "owner_claim_seq", allocationSize = 50)
    @GeneratedValue(generator = "owner_claim_seq")
    public Long id;

    @Column(nullable = false, length = 20)
    public String e164;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public ClaimKind kind;

    @Column(name = "owner_name", nullable = false, length = NAME_MAX)
    public String ownerName;

    @Column(name = "contact_name", nullable = false, length = NAME_MAX)
    public String contactName;

    @Column(nullable = false, length = EMAIL_MAX)
    public String email;

    @Column(nullable = false, length = EVIDENCE_MAX)
    public String evidence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public ClaimStatus status = ClaimStatus.UNCONFIRMED;

    @Column(name = "confirm_token_hash", length = 64)
    public String confirmTokenHash;

    @Column(name = "confirm_expires_at")
    public OffsetDateTime confirmExpiresAt;

    @Column(name = "decided_by", length = 100)
    public String decidedBy;

    @Column(name = "decision_reason", length = REASON_MAX)
    public String decisionReason;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "account_id")
    public Long accountId;

    /** The language of the form, and so of the e-mails. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    public Language language = Language.DA;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    public boolean privatePerson() {
        return kind == ClaimKind.PRIVATE;
    }

    /** Confirmed claims waiting for an editor, oldest first. */
    public static List<OwnerClaim> pending() {
        return list("status = ?1 order by createdAt, id", ClaimStatus.PENDING);
    }
}
