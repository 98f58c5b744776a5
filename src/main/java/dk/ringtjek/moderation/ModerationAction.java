package dk.ringtjek.moderation;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import dk.ringtjek.web.UserText;

/** One entry of the audit log: who did what to which report, when and why. Never changed. */
@Entity
@Immutable
@Table(name = "moderation_action")
public class ModerationAction extends PanacheEntityBase {

    public static final int NOTE_MAX = 1000;
    public static final String SYSTEM = "system";

    public enum Kind {
        HOLD, HIDE, RESTORE, DISMISS_FLAGS,
        // about owners (owner package): not every entry is about a report
        CLAIM_APPROVE, CLAIM_REJECT, OWNER_ANSWER, ANSWER_HIDE, NOTICE_PIN, NOTICE_REMOVE,
        APPEAL, APPEAL_UPHOLD, APPEAL_REJECT, PRIVACY_GRANT, PRIVACY_REFUSE
    }

    @Id
    @SequenceGenerator(name = "moderation_action_seq", sequenceName = "moderation_action_seq", allocationSize = 50)
    @GeneratedValue(generator = "moderation_action_seq")
    public Long id;

    /** The report acted on; null for actions about a number's owner. */
    @Column(name = "report_id")
    public Long reportId;

    @Column(name = "number_id", nullable = false)
    public Long numberId;

    @Column(nullable = false, length = 100)
    public String moderator;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Kind action;

    @Column(length = 20)
    public String reason;

    @Column(length = NOTE_MAX)
    public String note;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt = OffsetDateTime.now();

    /** Writes one entry; {@code reportId} may be null for actions that are about a number, not a report. */
    public static ModerationAction record(Long reportId, long numberId, String moderator, Kind kind, String reason,
            String note) {
        ModerationAction action = new ModerationAction();
        action.reportId = reportId;
        action.numberId = numberId;
        action.moderator = moderator;
        action.action = kind;
        action.reason = reason;
        // a moderator's free text: control characters (PostgreSQL refuses NUL) out, then cut to the column
        String clean = note == null ? "" : UserText.clean(note.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", ""));
        action.note = clean.isEmpty() ? null : clean.substring(0, Math.min(clean.length(), NOTE_MAX));
        action.persist();
        return action;
    }
}
