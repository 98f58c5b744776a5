package dk.ringtjek.report;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * The SQL that keeps a number's weeks (number_week) and its calls by weekday and hour
 * (number_call_time) in step with its reports, so that the page's history, waves and heatmap are read,
 * never recomputed. Called by the report writes, in their transaction, under the number's row lock;
 * every change is an increment computed from the stored values, so concurrent writers lose nothing.
 */
@ApplicationScoped
class HistoryUpdates {

    /** What one week's row changes by. */
    private static final class WeekDelta {
        final int[] ratings = new int[Rating.values().length];
        double value;
        double weight;

        boolean isZero() {
            return ratings[0] == 0 && ratings[1] == 0 && ratings[2] == 0 && value == 0 && weight == 0;
        }
    }

    private final EntityManager em;
    private final ReportConfig config;

    HistoryUpdates(EntityManager em, ReportConfig config) {
        this.em = em;
        this.config = config;
    }

    /**
     * The counted report of an author changed: {@code stopped} no longer counts, {@code started} now
     * does (either may be null, or both the same report before and after an edit). Moves the counts of
     * their weeks and the sums decayed to each week's end, in one statement.
     */
    void opinionMoved(long numberId, Report stopped, Report started) {
        Map<LocalDate, WeekDelta> deltas = new TreeMap<>();
        if (stopped != null) {
            add(deltas, stopped, -1);
        }
        if (started != null) {
            add(deltas, started, +1);
        }
        deltas.values().removeIf(WeekDelta::isZero);
        if (deltas.isEmpty()) {
            return;
        }
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < deltas.size(); i++) {
            values.append(i == 0 ? "" : ", ").append("(:id, :week%1$d, :positive%1$d, :neutral%1$d, :negative%1$d, "
                    .formatted(i)).append(":value%1$d, :weight%1$d)".formatted(i));
        }
        var insert = em.createNativeQuery("""
                insert into number_week (number_id, week, positive_count, neutral_count, negative_count,
                                         value_sum, weight_sum)
                values %s
                on conflict (number_id, week) do update set
                    positive_count = number_week.positive_count + excluded.positive_count,
                    neutral_count = number_week.neutral_count + excluded.neutral_count,
                    negative_count = number_week.negative_count + excluded.negative_count,
                    value_sum = number_week.value_sum + excluded.value_sum,
                    weight_sum = number_week.weight_sum + excluded.weight_sum
                """.formatted(values)).setParameter("id", numberId);
        int i = 0;
        for (Map.Entry<LocalDate, WeekDelta> week : deltas.entrySet()) {
            WeekDelta delta = week.getValue();
            insert.setParameter("week" + i, week.getKey())
                    .setParameter("positive" + i, delta.ratings[Rating.POSITIVE.ordinal()])
                    .setParameter("neutral" + i, delta.ratings[Rating.NEUTRAL.ordinal()])
                    .setParameter("negative" + i, delta.ratings[Rating.NEGATIVE.ordinal()])
                    .setParameter("value" + i, delta.value)
                    .setParameter("weight" + i, delta.weight);
            i++;
        }
        insert.executeUpdate();
    }

    private void add(Map<LocalDate, WeekDelta> deltas, Report report, int sign) {
        LocalDate week = TrendRules.weekOf(report.createdAt);
        WeekDelta delta = deltas.computeIfAbsent(week, w -> new WeekDelta());
        double weight = CommunityScore.decayFactor(report.createdAt.toInstant(), TrendRules.weekEnd(week),
                config.halfLife());
        delta.ratings[report.rating.ordinal()] += sign;
        delta.value += sign * weight * report.scoreValue;
        delta.weight += sign * weight;
    }

    /**
     * A report became visible ({@code delta} +1) or stopped being visible (-1); its new status is
     * flushed. Its week gains or loses a distinct reporter unless another visible report of the same
     * author falls in that week, and its call time (if any) moves the heatmap's cell. One statement.
     */
    void visibilityChanged(Report report, int delta) {
        if (delta == 0) {
            return;
        }
        LocalDate week = TrendRules.weekOf(report.createdAt);
        boolean timed = report.calledTime != null;
        var insert = em.createNativeQuery((timed ? """
                with cell as (
                    insert into number_call_time (number_id, weekday, hour, count)
                    values (:id, :weekday, :hour, :delta)
                    on conflict (number_id, weekday, hour) do update set count = number_call_time.count + excluded.count)
                """ : "") + """
                insert into number_week (number_id, week, reporter_count)
                select :id, :week, case when cast(:author as text) is null or not exists (
                        select 1 from report o
                        where o.number_id = :id and o.author_key = cast(:author as text) and o.status = 'VISIBLE'
                          and o.id <> :report and o.created_at >= :weekStart and o.created_at < :weekEnd)
                    then :delta else 0 end
                on conflict (number_id, week) do update set
                    reporter_count = number_week.reporter_count + excluded.reporter_count
                """)
                .setParameter("id", report.numberId)
                .setParameter("week", week)
                .setParameter("author", report.authorKey)
                .setParameter("report", report.id)
                .setParameter("weekStart", utc(week.atStartOfDay(TrendRules.ZONE).toInstant()))
                .setParameter("weekEnd", utc(TrendRules.weekEnd(week)))
                .setParameter("delta", delta);
        if (timed) {
            insert.setParameter("weekday", weekdayOf(report).getValue()).setParameter("hour", report.calledTime.getHour());
        }
        insert.executeUpdate();
    }

    /** A visible report's day or time of the call was edited: its heatmap cell moves. */
    void callTimeEdited(Report before, Report after) {
        if (before.calledTime != null) {
            moveCell(before, -1);
        }
        if (after.calledTime != null) {
            moveCell(after, +1);
        }
    }

    private void moveCell(Report report, int delta) {
        em.createNativeQuery("""
                insert into number_call_time (number_id, weekday, hour, count)
                values (:id, :weekday, :hour, :delta)
                on conflict (number_id, weekday, hour) do update set count = number_call_time.count + excluded.count
                """)
                .setParameter("id", report.numberId)
                .setParameter("weekday", weekdayOf(report).getValue())
                .setParameter("hour", report.calledTime.getHour())
                .setParameter("delta", delta)
                .executeUpdate();
    }

    /** The weekday of the call: the day the author gave, else the day they wrote the report. */
    static DayOfWeek weekdayOf(Report report) {
        return report.calledOn != null ? report.calledOn.getDayOfWeek()
                : report.createdAt.atZoneSameInstant(TrendRules.ZONE).getDayOfWeek();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
