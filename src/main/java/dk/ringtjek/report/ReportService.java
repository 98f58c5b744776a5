package dk.ringtjek.report;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import dk.ringtjek.abuse.AbuseMetrics;
import dk.ringtjek.number.Number;
import dk.ringtjek.number.NumberChanges;
import dk.ringtjek.number.PhoneNumber;
import dk.ringtjek.stats.DailyStats;

/**
 * Saves reports and helpful votes. A report and the number's aggregate change in one transaction,
 * under the number's row lock: saved whole, or not at all.
 */
@ApplicationScoped
public class ReportService {

    /** One report per author and number in this time; the database enforces it too (report_once_a_day). */
    public static final Duration ONCE_PER = Duration.ofHours(24);
    private static final String EXCLUSION_VIOLATION = "23P01";

    private final AggregateUpdates aggregates;
    private final ReportCounting counting;
    private final CommentMasker masker;
    private final BurstDetector bursts;
    private final EntityManager em;
    private final Clock clock;
    private final Event<ReportHeld> held;
    private final AbuseMetrics metrics;
    private final DailyStats dailyStats;
    private final NumberChanges changes;
    private final HistoryUpdates weeks;

    public ReportService(AggregateUpdates aggregates, ReportCounting counting,
            CommentMasker masker, BurstDetector bursts, EntityManager em, Clock clock, Event<ReportHeld> held,
            AbuseMetrics metrics, DailyStats dailyStats, NumberChanges changes, HistoryUpdates history) {
        this.aggregates = aggregates;
        this.counting = counting;
        this.masker = masker;
        this.bursts = bursts;
        this.em = em;
        this.clock = clock;
        this.held = held;
        this.metrics = metrics;
        this.dailyStats = dailyStats;
        this.changes = changes;
        this.weeks = history;
    }

    /**
     * Saves a new report. Throws {@link AlreadyReportedException} when the author reported the
     * number less than 24 hours ago. During a burst the report is saved but held for a moderator.
     */
    @Transactional
    public Report submit(Number number, ReportInput input, String authorKey) {
        return submitAt(number, input, authorKey, now());
    }

    /**
     * {@link #submit}, as if it happened at {@code now}: for example data and imports that bring a
     * history with them (given in order of time). Every rule applies as it would have then.
     */
    @Transactional
    public Report submitAt(Number number, ReportInput input, String authorKey, Instant at) {
        Instant now = at.truncatedTo(ChronoUnit.MICROS);
        long numberId = changes.lockForChange(number); // every change to the number waits here
        AuthorHistory history = historyOf(numberId, authorKey, now);
        history.recentReport().ifPresent(existing -> {
            throw new AlreadyReportedException(existing);
        });
        boolean burst = bursts.isBurst(history.newAuthorsInWindow(), history.authorIsNew());

        Report report = new Report();
        report.numberId = numberId;
        apply(report, input, number);
        report.authorKey = authorKey;
        report.createdAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        report.status = burst ? ReportStatus.HELD : ReportStatus.VISIBLE;
        int visibleDelta = report.status == ReportStatus.VISIBLE ? 1 : 0;
        // an author's newest visible report is the one that counts; with none counted yet, that is this
        // one if it is visible, and nothing else changes (the full rule runs otherwise: ReportCounting)
        report.counted = !history.hasCounted() && visibleDelta == 1;
        try {
            report.persist();
            em.flush();
            if (history.hasCounted()) {
                counting.recount(report, visibleDelta, now);
            } else if (report.counted) {
                aggregates.apply(numberId, null, report, visibleDelta, now);
            }
            weeks.visibilityChanged(report, visibleDelta);
        } catch (PersistenceException e) {
            throw isExclusionViolation(e) ? new AlreadyReportedException(-1) : e;
        }
        if (burst) {
            aggregates.moveModerated(numberId, 1, 0);
            bursts.markBurst(numberId, now);
            held.fire(new ReportHeld(report.id, numberId, ReportHeld.BURST));
            metrics.reportHeld(ReportHeld.BURST);
        }
        dailyStats.reportAdded(number.e164());
        metrics.reportSaved();
        return report;
    }

    /**
     * A report on this number as its author sees it (published or waiting for a moderator, with its
     * text), when the key is the author's; nobody else learns anything from it.
     */
    @Transactional
    public Optional<ReportView> authorsReport(Number number, long reportId, String authorKey) {
        Report report = Report.findById(reportId);
        if (report == null || authorKey == null || !authorKey.equals(report.authorKey)
                || !number.e164().equals(em.find(PhoneNumber.class, report.numberId).e164)) {
            return Optional.empty();
        }
        return Optional.of(ReportView.authorView(report));
    }

    /** The author's own report, if the key matches and it is still public (for editing). */
    @Transactional
    public Optional<Report> ownReport(long reportId, String authorKey) {
        Report report = Report.findById(reportId);
        return report != null && authorKey != null && authorKey.equals(report.authorKey)
                && report.status == ReportStatus.VISIBLE ? Optional.of(report) : Optional.empty();
    }

    /** Changes the author's own report; the score follows. Returns false when it is not theirs. */
    @Transactional
    public boolean edit(long reportId, String authorKey, Number number, ReportInput input) {
        Report report = Report.findById(reportId);
        if (report == null) {
            return false;
        }
        changes.lockForChange(report.numberId);
        em.refresh(report);
        if (!authorKey.equals(report.authorKey) || report.status != ReportStatus.VISIBLE) {
            return false;
        }
        Report before = copyOf(report);
        apply(report, input, number);
        em.flush();
        if (report.counted) {
            aggregates.apply(report.numberId, before, report, 0, now());
        }
        if (!Objects.equals(before.calledTime, report.calledTime)
                || report.calledTime != null && !Objects.equals(before.calledOn, report.calledOn)) {
            weeks.callTimeEdited(before, report);
        }
        return true;
    }

    /** Serialises changes to the number's reports until the transaction ends (take it before touching them). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockNumber(long numberId) {
        changes.lockForChange(numberId);
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
        changes.lockForChange(report.numberId);
        em.refresh(report);
        if (report.status == status) {
            return false;
        }
        int visibleDelta = (status == ReportStatus.VISIBLE ? 1 : 0) - (report.status == ReportStatus.VISIBLE ? 1 : 0);
        int heldDelta = (status == ReportStatus.HELD ? 1 : 0) - (report.status == ReportStatus.HELD ? 1 : 0);
        int hiddenDelta = (status == ReportStatus.HIDDEN ? 1 : 0) - (report.status == ReportStatus.HIDDEN ? 1 : 0);
        report.status = status;
        report.hiddenReason = status == ReportStatus.HIDDEN ? hiddenReason : null;
        counting.recount(report, visibleDelta, now());
        weeks.visibilityChanged(report, visibleDelta);
        aggregates.moveModerated(report.numberId, heldDelta, hiddenDelta);
        return true;
    }

    /**
     * Counts a helpful vote once per author key on a visible report of the number with this E.164
     * form; returns whether it counted.
     */
    @Transactional
    public boolean voteHelpful(String e164, long reportId, String authorKey) {
        int inserted = em.createNativeQuery("""
                insert into helpful_vote (report_id, author_key)
                select r.id, :author from report r join phone_number p on p.id = r.number_id
                where r.id = :report and r.status = 'VISIBLE' and p.e164 = :e164
                on conflict do nothing
                """).setParameter("report", reportId).setParameter("author", authorKey)
                .setParameter("e164", e164).executeUpdate();
        if (inserted == 1) {
            em.createNativeQuery("update report set helpful_count = helpful_count + 1 where id = :report")
                    .setParameter("report", reportId).executeUpdate();
            changes.changed(e164);
        }
        return inserted == 1;
    }

    /**
     * What the checks of a new report need, in one round trip under the number's lock: the author's
     * report of the last 24 hours on the number, whether one of theirs counts, and for the burst rule
     * the number's authors of the window never seen before it and whether this author is one.
     */
    private record AuthorHistory(Optional<Long> recentReport, boolean hasCounted, long newAuthorsInWindow,
            boolean authorIsNew) {
    }

    private AuthorHistory historyOf(long numberId, String authorKey, Instant now) {
        Object[] row = (Object[]) em.createNativeQuery("""
                select (select id from report where number_id = :number and author_key = cast(:author as text)
                          and created_at > :day order by created_at desc limit 1),
                       exists (select 1 from report where number_id = :number and author_key = cast(:author as text)
                                 and counted),
                       (select count(*) from (
                            select distinct r.author_key from report r
                            where r.number_id = :number and r.created_at > :window and r.author_key is not null
                              and not exists (select 1 from report o
                                              where o.author_key = r.author_key and o.created_at <= :window)
                            limit :enough) authors),
                       not exists (select 1 from report where author_key = cast(:author as text)
                                     and created_at <= :window)""")
                .setParameter("number", numberId).setParameter("author", authorKey)
                .setParameter("day", OffsetDateTime.ofInstant(now.minus(ONCE_PER), ZoneOffset.UTC))
                .setParameter("window", bursts.windowStart(now))
                .setParameter("enough", bursts.newAuthorsForBurst()) // counting on changes nothing: bounded work
                .getSingleResult();
        return new AuthorHistory(Optional.ofNullable((java.lang.Number) row[0]).map(java.lang.Number::longValue),
                (Boolean) row[1], ((java.lang.Number) row[2]).longValue(), authorKey != null && (Boolean) row[3]);
    }

    private void apply(Report report, ReportInput input, Number number) {
        report.rating = input.rating();
        report.category = input.category();
        report.comment = truncate(masker.mask(input.comment(), number), Report.COMMENT_MAX);
        report.callerName = input.callerName() == null ? null
                : truncate(masker.mask(input.callerName(), number), Report.CALLER_NAME_MAX);
        report.calledOn = input.calledOn();
        report.calledTime = input.calledTime();
        report.scoreValue = CommunityScore.valueOf(input.rating(), input.category());
    }

    private static Report copyOf(Report report) {
        Report copy = new Report();
        copy.id = report.id;
        copy.numberId = report.numberId;
        copy.rating = report.rating;
        copy.category = report.category;
        copy.scoreValue = report.scoreValue;
        copy.createdAt = report.createdAt;
        copy.calledOn = report.calledOn;
        copy.calledTime = report.calledTime;
        return copy;
    }

    // the database keeps microseconds; the score's arithmetic must use the same instant
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static boolean isExclusionViolation(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && EXCLUSION_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
