package dk.ringtjek.report;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import dk.ringtjek.number.Number;
import dk.ringtjek.number.PhoneNumberRepository;

/**
 * Saves reports and helpful votes. A report and the number's aggregate change in one transaction,
 * under the number's row lock: saved whole, or not at all.
 */
@ApplicationScoped
public class ReportService {

    private final PhoneNumberRepository numbers;
    private final AggregateUpdates aggregates;
    private final ReportCounting counting;
    private final CommentMasker masker;
    private final EntityManager em;

    public ReportService(PhoneNumberRepository numbers, AggregateUpdates aggregates, ReportCounting counting,
            CommentMasker masker, EntityManager em) {
        this.numbers = numbers;
        this.aggregates = aggregates;
        this.counting = counting;
        this.masker = masker;
        this.em = em;
    }

    @Transactional
    public Report submit(Number number, ReportInput input, String authorKey) {
        // the database keeps microseconds; the score's arithmetic must use the same instant
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        long numberId = numbers.idOf(number);
        aggregates.lockNumber(numberId);

        Report report = new Report();
        report.numberId = numberId;
        report.rating = input.rating();
        report.category = input.category();
        report.comment = truncate(masker.mask(input.comment(), number), Report.COMMENT_MAX);
        report.callerName = input.callerName() == null ? null
                : truncate(masker.mask(input.callerName(), number), Report.CALLER_NAME_MAX);
        report.calledOn = input.calledOn();
        report.authorKey = authorKey;
        report.createdAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        report.status = ReportStatus.VISIBLE;
        report.scoreValue = CommunityScore.valueOf(input.rating(), input.category());
        report.persist();

        counting.recount(report, report.status == ReportStatus.VISIBLE ? 1 : 0, now);
        return report;
    }

    /**
     * Moves a report to another status (held, hidden, visible again) and the score with it.
     * Returns false when the report does not exist or already had that status.
     */
    @Transactional
    public boolean changeStatus(long reportId, ReportStatus status, String hiddenReason) {
        Report report = Report.findById(reportId);
        if (report == null) {
            return false;
        }
        aggregates.lockNumber(report.numberId);
        em.refresh(report);
        if (report.status == status) {
            return false;
        }
        int visibleDelta = (status == ReportStatus.VISIBLE ? 1 : 0) - (report.status == ReportStatus.VISIBLE ? 1 : 0);
        report.status = status;
        report.hiddenReason = status == ReportStatus.HIDDEN ? hiddenReason : null;
        counting.recount(report, visibleDelta, Instant.now().truncatedTo(ChronoUnit.MICROS));
        return true;
    }

    /** Counts a helpful vote once per author key; returns whether it counted. */
    @Transactional
    public boolean voteHelpful(long reportId, String authorKey) {
        int inserted = em.createNativeQuery("""
                insert into helpful_vote (report_id, author_key)
                select id, :author from report where id = :report and status = 'VISIBLE'
                on conflict do nothing
                """).setParameter("report", reportId).setParameter("author", authorKey).executeUpdate();
        if (inserted == 1) {
            em.createNativeQuery("update report set helpful_count = helpful_count + 1 where id = :report")
                    .setParameter("report", reportId).executeUpdate();
        }
        return inserted == 1;
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
