package dk.ringtjek.moderation;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import dk.ringtjek.abuse.AbuseMetrics;
import dk.ringtjek.report.HideReason;
import dk.ringtjek.report.ReportHeld;
import dk.ringtjek.report.ReportService;
import dk.ringtjek.report.ReportStatus;
import dk.ringtjek.web.UserText;

/**
 * Visitors' flags on reports. One flag per author key and report counts; when {@link HoldRule} says
 * so, the report is held: out of the score, with a stub on the page, until a moderator decides.
 */
@ApplicationScoped
public class FlagService {

    /** What became of a flag. */
    public enum Outcome { COUNTED, HELD, ALREADY_FLAGGED, NO_SUCH_REPORT }

    private final EntityManager em;
    private final ReportService reports;
    private final HoldRule rule;
    private final Event<ReportHeld> held;
    private final AbuseMetrics metrics;

    public FlagService(EntityManager em, ReportService reports, HoldRule rule, Event<ReportHeld> held,
            AbuseMetrics metrics) {
        this.em = em;
        this.reports = reports;
        this.rule = rule;
        this.held = held;
        this.metrics = metrics;
    }

    /** Flags a report of the number with this E.164 form; a report of another number is not found. */
    @Transactional
    public Outcome flag(String e164, long reportId, String authorKey, HideReason reason, String note) {
        List<?> numberIds = em.createNativeQuery("""
                select r.number_id from report r join phone_number p on p.id = r.number_id
                where r.id = :id and p.e164 = :e164""")
                .setParameter("id", reportId).setParameter("e164", e164).getResultList();
        if (numberIds.isEmpty()) {
            return Outcome.NO_SUCH_REPORT;
        }
        // the number first, then the report: the same order as every other writer
        em.createNativeQuery("select id from phone_number where id = :id for update")
                .setParameter("id", ((Number) numberIds.get(0)).longValue()).getSingleResult();
        int inserted = em.createNativeQuery("""
                insert into report_flag (report_id, author_key, reason, note)
                values (:report, :author, :reason, :note)
                on conflict do nothing""")
                .setParameter("report", reportId).setParameter("author", authorKey)
                .setParameter("reason", reason.name())
                .setParameter("note", note == null || UserText.clean(note).isEmpty() ? null : UserText.clean(note))
                .executeUpdate();
        if (inserted == 0) {
            return Outcome.ALREADY_FLAGGED;
        }
        Object[] row = (Object[]) em.createNativeQuery("""
                update report set flag_count = flag_count + 1 where id = :report
                returning flag_count, status, helpful_count""").setParameter("report", reportId).getSingleResult();
        int flags = ((Number) row[0]).intValue();
        int helpful = ((Number) row[2]).intValue();
        if (ReportStatus.VISIBLE.name().equals(row[1]) && rule.holds(flags, helpful)) {
            em.clear(); // the report row changed behind Hibernate's back
            reports.changeStatus(reportId, ReportStatus.HELD, null);
            held.fire(new ReportHeld(reportId, ((Number) numberIds.get(0)).longValue(), ReportHeld.FLAGS));
            metrics.flagCounted();
            metrics.reportHeld(ReportHeld.FLAGS);
            return Outcome.HELD;
        }
        metrics.flagCounted();
        return Outcome.COUNTED;
    }
}
