package dk.ringtjek.report;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Decides which of an author's reports on a number counts (their latest visible one) after a
 * report was added, hidden, held or restored, and moves the aggregate accordingly. Callers hold the
 * number's row lock (number.NumberChanges#lockForChange).
 */
@ApplicationScoped
class ReportCounting {

    private final EntityManager em;
    private final AggregateUpdates aggregates;

    ReportCounting(EntityManager em, AggregateUpdates aggregates) {
        this.em = em;
        this.aggregates = aggregates;
    }

    /**
     * Re-applies the counting rule for the author of {@code changed}, whose visibility just changed
     * by {@code visibleDelta} (+1 became visible, -1 stopped being visible, 0 new and not visible).
     */
    void recount(Report changed, int visibleDelta, Instant now) {
        em.flush();
        Report current;
        Report latestVisible;
        if (changed.authorKey == null) {
            // an author key removed after the retention period: the report stands alone
            current = changed.counted ? changed : null;
            latestVisible = changed.status == ReportStatus.VISIBLE ? changed : null;
        } else {
            current = first(em.createQuery("""
                    from Report where numberId = :number and authorKey = :author and counted = true""", Report.class)
                    .setParameter("number", changed.numberId).setParameter("author", changed.authorKey)
                    .getResultList());
            latestVisible = first(em.createQuery("""
                    from Report where numberId = :number and authorKey = :author and status = :visible
                    order by createdAt desc, id desc""", Report.class)
                    .setParameter("number", changed.numberId).setParameter("author", changed.authorKey)
                    .setParameter("visible", ReportStatus.VISIBLE)
                    .setMaxResults(1).getResultList());
        }
        if (current == latestVisible) {
            if (visibleDelta != 0) {
                aggregates.apply(changed.numberId, null, null, visibleDelta, now);
            }
            return;
        }
        if (current != null) {
            current.counted = false;
            em.flush(); // the unique index allows one counted report per author and number
        }
        if (latestVisible != null) {
            latestVisible.counted = true;
            em.flush();
        }
        aggregates.apply(changed.numberId, current, latestVisible, visibleDelta, now);
    }

    private static Report first(List<Report> reports) {
        return reports.isEmpty() ? null : reports.get(0);
    }
}
