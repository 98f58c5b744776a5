package dk.ringtjek.owner;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dk.ringtjek.moderation.ModerationAction;
import dk.ringtjek.number.NumberChanges;
import dk.ringtjek.report.HideReason;
import dk.ringtjek.report.Report;
import dk.ringtjek.report.ReportStatus;

/**
 * A verified owner answers a public report of their own number, once; moderators hide an answer like
 * a report. Both change the number's page and are written to the audit log.
 */
@ApplicationScoped
public class OwnerAnswers {

    /** Why an answer was not saved. */
    public enum Refusal { NOT_THIS_NUMBER, ALREADY_ANSWERED, EMPTY }

    /** Thrown when an answer cannot be saved. */
    public static class RefusedException extends RuntimeException {
        public final Refusal refusal;

        RefusedException(Refusal refusal) {
            super(refusal.name());
            this.refusal = refusal;
        }
    }

    private final NumberChanges changes;
    private final Clock clock;

    public OwnerAnswers(NumberChanges changes, Clock clock) {
        this.changes = changes;
        this.clock = clock;
    }

    /** Saves the owner's answer to a public report of the number they own, or throws {@link RefusedException}. */
    @Transactional
    public OwnerAnswer answer(Ownership owner, long reportId, String text) {
        String body = OwnerText.clean(text, OwnerAnswer.BODY_MAX);
        if (body == null) {
            throw new RefusedException(Refusal.EMPTY);
        }
        // the number first, then the report: the order of every other writer
        changes.lockForChange(owner.numberId());
        Report report = Report.findById(reportId);
        if (report == null || report.numberId != owner.numberId() || report.status != ReportStatus.VISIBLE) {
            throw new RefusedException(Refusal.NOT_THIS_NUMBER);
        }
        if (OwnerAnswer.count("reportId", reportId) > 0) {
            throw new RefusedException(Refusal.ALREADY_ANSWERED);
        }
        OwnerAnswer answer = new OwnerAnswer();
        answer.reportId = reportId;
        answer.numberId = owner.numberId();
        answer.accountId = owner.accountId();
        answer.ownerName = owner.ownerName();
        answer.body = body;
        answer.createdAt = OffsetDateTime.now(clock);
        answer.persist();
        ModerationAction.record(reportId, owner.numberId(), "owner:" + owner.accountId(),
                ModerationAction.Kind.OWNER_ANSWER, null, null);
        return answer;
    }

    /** A moderator hides an answer; false when there is no such answer or it is hidden already. */
    @Transactional
    public boolean hide(long answerId, String moderator, HideReason reason, String note) {
        OwnerAnswer answer = OwnerAnswer.findById(answerId);
        if (answer == null || answer.hidden) {
            return false;
        }
        changes.lockForChange(answer.numberId);
        answer.hidden = true;
        answer.hiddenReason = reason.name();
        ModerationAction.record(answer.reportId, answer.numberId, moderator, ModerationAction.Kind.ANSWER_HIDE,
                reason.name(), note);
        return true;
    }

    /** The newest answers, for moderators. */
    @Transactional
    public List<OwnerAnswer> recent() {
        return OwnerAnswer.find("order by createdAt desc, id desc").page(0, 100).list();
    }
}
