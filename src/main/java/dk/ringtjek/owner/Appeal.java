package dk.ringtjek.owner;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * An appeal against a moderation outcome: a report's author asks for their hidden or held report back
 * ({@link Kind#AUTHOR}), or a verified owner objects to a report they consider false ({@link Kind#OWNER}).
 * The statement is for moderators only; the public log shows the appeal and its outcome.
 */
@Entity
@Table(name = "appeal")
public class Appeal extends PanacheEntityBase {

    public static final int STATEMENT_MAX = 1000;

    public enum Kind { AUTHOR, OWNER }

    public enum Status { OPEN, UPHELD, REJECTED }

    @Id
    @SequenceGenerator(name = "appeal_seq", sequenceName = "appeal_seq", allocationSize = 50)
    @GeneratedValue(generator = "appeal_seq")
    public Long id;

    @Column(name = "report_id", nullable = false)
    public Long reportId;

    @Column(name = "number_id", nullable = false)
    public Long numberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Status status = Status.OPEN;

    @Column(nullable = false, length = STATEMENT_MAX)
    public String statement;

    @Column(name = "decided_by", length = 100)
    public String decidedBy;

    @Column(name = "decision_reason", length = 20)
    public String decisionReason;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    public String kindKey() {
        return "appeal.kind." + kind.name().toLowerCase(java.util.Locale.ROOT);
    }
}
