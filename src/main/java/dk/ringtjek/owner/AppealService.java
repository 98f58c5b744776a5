package dk.ringtjek.owner;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dk.ringtjek.moderation.ModerationAction;
import dk.ringtjek.moderation.ModerationService;
import dk.ringtjek.number.Number;
import dk.ringtjek.number.NumberChanges;
import dk.ringtjek.number.NumberNormaliser;
import dk.ringtjek.report.HideReason;
import dk.ringtjek.report.Report;
import dk.ringtjek.report.ReportStatus;

/**
 * Appeals from authors (a hidden or held report of theirs) and objections from owners (a public report
 * of their number), one open at a time per report and kind; a moderator upholds or rejects each with
 * a reason. Upholding acts on the report through {@link ModerationService}; every step is audited.
 */
@ApplicationScoped
public class AppealService {

    /** The reasons a moderator can give; shown in the public log. */
    public enum Reason { MISTAKE, NO_RULE_BROKEN, ABUSIVE, PERSONAL_DATA, SPAM, DEFAMATORY, OTHER;

        public String messageKey() {
            return "moderation.log.reason." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    private final ModerationService moderation;
    private final NumberChanges changes;
    private final Clock clock;
    private final NumberNormaliser normaliser;

    public AppealService(ModerationService moderation, NumberChanges changes, Clock clock, NumberNormaliser normaliser) {
        this.normaliser = normaliser;
        this.moderation = moderation;
        this.changes = changes;
        this.clock = clock;
    }

    /** Whether the report is this author's and not public (so it can be appealed). */
    @Transactional
    public boolean authorMayAppeal(long reportId, String authorKey) {
        Report report = Report.findById(reportId);
        return report != null && authorKey != null && authorKey.equals(report.authorKey)
                && report.status != ReportStatus.VISIBLE;
    }

    /** The author appeals their hidden or held report; empty when it is not theirs, public, or appealed already. */
    @Transactional
    public Optional<Appeal> byAuthor(long reportId, String authorKey, String statement) {
        Report report = Report.findById(reportId);
        if (report == null || authorKey == null || !authorKey.equals(report.authorKey)
                || report.status == ReportStatus.VISIBLE) {
            return Optional.empty();
        }
        return open(report, Appeal.Kind.AUTHOR, statement, "author");
    }

    /** The owner objects to a public report of their own number; empty when that is not what it is. */
    @Transactional
    public Optional<Appeal> byOwner(Ownership owner, long reportId, String statement) {
        Report report = Report.findById(reportId);
        if (report == null || report.numberId != owner.numberId() || report.status != ReportStatus.VISIBLE) {
            return Optional.empty();
        }
        return open(report, Appeal.Kind.OWNER, statement, "owner:" + owner.accountId());
    }

    /** The open appeals, oldest first, each with its report and number: one query. */
    @Transactional
    public List<AppealItem> openAppeals() {
        List<Object[]> rows = Appeal.getEntityManager().createQuery("""
                select a, r.comment, r.callerName, r.status, r.hiddenReason, p.e164
                from Appeal a, Report r, PhoneNumber p
                where a.status = :open and r.id = a.reportId and p.id = a.numberId
                order by a.createdAt, a.id""", Object[].class)
                .setParameter("open", Appeal.Status.OPEN)
                .getResultList();
        return rows.stream().map(row -> {
            Number number = normaliser.normalise((String) row[5]);
            return new AppealItem((Appeal) row[0], normaliser.display(number), number.canonicalPath(),
                    (String) row[1], (String) row[2], (ReportStatus) row[3], (String) row[4]);
        }).toList();
    }

    /**
     * Decides an open appeal. Upholding an author's appeal restores the report; upholding an owner's
     * objection hides it (for the reason given). False when the appeal is not open.
     */
    @Transactional
    public boolean decide(long appealId, boolean uphold, Reason reason, String moderator, String note) {
        Appeal appeal = Appeal.findById(appealId);
        if (appeal == null || appeal.status != Appeal.Status.OPEN) {
            return false;
        }
        if (uphold && appeal.kind == Appeal.Kind.AUTHOR) {
            moderation.restore(appeal.reportId, moderator, note);
        } else if (uphold) {
            moderation.hide(appeal.reportId, moderator, HideReason.of(reason.name()), note);
        } else {
            changes.lockForChange(appeal.numberId);
        }
        appeal = Appeal.findById(appealId);
        appeal.status = uphold ? Appeal.Status.UPHELD : Appeal.Status.REJECTED;
        appeal.decidedBy = moderator;
        appeal.decisionReason = reason.name();
        appeal.decidedAt = OffsetDateTime.now(clock);
        ModerationAction.record(appeal.reportId, appeal.numberId, moderator,
                uphold ? ModerationAction.Kind.APPEAL_UPHOLD : ModerationAction.Kind.APPEAL_REJECT, reason.name(), note);
        return true;
    }

    private Optional<Appeal> open(Report report, Appeal.Kind kind, String statement, String actor) {
        String text = OwnerText.clean(statement, Appeal.STATEMENT_MAX);
        if (text == null) {
            return Optional.empty();
        }
        changes.lockForChange(report.numberId);
        if (Appeal.count("reportId = ?1 and kind = ?2 and status = ?3", report.id, kind, Appeal.Status.OPEN) > 0) {
            return Optional.empty();
        }
        Appeal appeal = new Appeal();
        appeal.reportId = report.id;
        appeal.numberId = report.numberId;
        appeal.kind = kind;
        appeal.statement = text;
        appeal.createdAt = OffsetDateTime.now(clock);
        appeal.persist();
        ModerationAction.record(report.id, report.numberId, actor, ModerationAction.Kind.APPEAL, null, null);
        return Optional.of(appeal);
    }
}
