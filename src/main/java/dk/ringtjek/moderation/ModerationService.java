package dk.ringtjek.moderation;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import dk.ringtjek.report.HideReason;
import dk.ringtjek.report.Report;
import dk.ringtjek.report.ReportService;
import dk.ringtjek.report.ReportStatus;

/**
 * What moderators do to reports: hide (never delete), restore, dismiss flags. Each action changes
 * the score at once and writes an audit entry in the same transaction.
 */
@ApplicationScoped
public class ModerationService {

    private final ReportService reports;
    private final EntityManager em;

    public ModerationService(ReportService reports, EntityManager em) {
        this.reports = reports;
        this.em = em;
    }

    @Transactional
    public boolean hide(long reportId, String moderator, HideReason reason, String note) {
        Report report = Report.findById(reportId);
        if (report == null || !reports.changeStatus(reportId, ReportStatus.HIDDEN, reason.name())) {
            return false;
        }
        ModerationAction.record(reportId, report.numberId, moderator, ModerationAction.Kind.HIDE, reason.name(), note);
        return true;
    }

    /** Makes a held or hidden report public again; its open flags are dismissed with it. */
    @Transactional
    public boolean restore(long reportId, String moderator, String note) {
        Report report = Report.findById(reportId);
        if (report == null || !reports.changeStatus(reportId, ReportStatus.VISIBLE, null)) {
            return false;
        }
        closeFlags(reportId);
        ModerationAction.record(reportId, report.numberId, moderator, ModerationAction.Kind.RESTORE, null, note);
        return true;
    }

    /** Judges the flags unfounded: they are closed, and a report held for them is public again. */
    @Transactional
    public boolean dismissFlags(long reportId, String moderator, String note) {
        Report report = Report.findById(reportId);
        if (report == null) {
            return false;
        }
        // the number first, then the report and its flags: the order of every other writer (FlagService)
        reports.lockNumber(report.numberId);
        em.refresh(report);
        if (report.status == ReportStatus.HELD) {
            reports.changeStatus(reportId, ReportStatus.VISIBLE, null);
        }
        closeFlags(reportId);
        ModerationAction.record(reportId, report.numberId, moderator, ModerationAction.Kind.DISMISS_FLAGS, null, note);
        return true;
    }

    /** One action on many reports (a burst on one number); returns how many changed. */
    @Transactional
    public int bulk(List<Long> reportIds, BulkAction action, String moderator, HideReason reason, String note) {
        int changed = 0;
        for (long id : reportIds) {
            boolean done = switch (action) {
                case HIDE -> hide(id, moderator, reason, note);
                case RESTORE -> restore(id, moderator, note);
                case DISMISS_FLAGS -> dismissFlags(id, moderator, note);
            };
            changed += done ? 1 : 0;
        }
        return changed;
    }

    /** Bulk actions a moderator can choose. */
    public enum BulkAction { HIDE, RESTORE, DISMISS_FLAGS }

    private void closeFlags(long reportId) {
        em.flush();
        em.createNativeQuery("update report_flag set dismissed = true where report_id = :id and not dismissed")
                .setParameter("id", reportId).executeUpdate();
        em.createNativeQuery("update report set flag_count = 0 where id = :id")
                .setParameter("id", reportId).executeUpdate();
        em.clear();
    }
}
