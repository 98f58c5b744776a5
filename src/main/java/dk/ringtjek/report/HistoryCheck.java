package dk.ringtjek.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Recomputes a number's weeks and its calls by weekday and hour from its reports, independently of the
 * stored tables and of the counted flags, to check that the incremental updates of
 * {@link HistoryUpdates} are exact (tests, and repairs by an operator), as {@link AggregateCheck} does
 * for the aggregate.
 */
@ApplicationScoped
public class HistoryCheck {

    /** One week of a number; the sums are decayed to the end of the week. */
    public record Week(long positive, long neutral, long negative, long reporters, double valueSum, double weightSum) {

        boolean isEmpty() {
            return positive == 0 && neutral == 0 && negative == 0 && reporters == 0
                    && Math.abs(valueSum) < 1e-9 && Math.abs(weightSum) < 1e-9;
        }
    }

    /** A number's history: its non-empty weeks by Monday, and its call-time cells ("weekday:hour") by count. */
    public record History(Map<LocalDate, Week> weeks, Map<String, Long> callTimes) {
    }

    private final EntityManager em;
    private final ReportConfig config;

    public HistoryCheck(EntityManager em, ReportConfig config) {
        this.em = em;
        this.config = config;
    }

    /** What the tables say (weeks that went back to nothing left out). */
    @Transactional
    public History stored(long numberId) {
        Map<LocalDate, Week> weeks = weeks("""
                select week, positive_count, neutral_count, negative_count, reporter_count, value_sum, weight_sum
                from number_week where number_id = :id""", numberId);
        weeks.values().removeIf(Week::isEmpty);
        return new History(weeks, cells("""
                select weekday || ':' || hour, count from number_call_time where number_id = :id and count <> 0""",
                numberId));
    }

    /**
     * The same from scratch: each author's latest visible report in the week it was written, the
     * distinct authors of the visible reports of each week, and the visible reports with a time.
     */
    @Transactional
    public History recomputed(long numberId) {
        Map<LocalDate, Week> weeks = weeks("""
                with latest as (
                    select distinct on (coalesce(author_key, 'report:' || id)) rating, score_value, created_at
                    from report where number_id = :id and status = 'VISIBLE'
                    order by coalesce(author_key, 'report:' || id), created_at desc, id desc),
                counted as (
                    select rating, score_value, created_at,
                           cast(date_trunc('week', created_at at time zone :zone) as date) as week,
                           (date_trunc('week', created_at at time zone :zone) + interval '7 days') at time zone :zone
                               as week_end
                    from latest),
                reporters as (
                    select cast(date_trunc('week', created_at at time zone :zone) as date) as week,
                           count(distinct coalesce(author_key, 'report:' || id)) as reporters
                    from report where number_id = :id and status = 'VISIBLE' group by 1),
                opinions as (
                    select week, count(*) filter (where rating = 'POSITIVE') as positive,
                           count(*) filter (where rating = 'NEUTRAL') as neutral,
                           count(*) filter (where rating = 'NEGATIVE') as negative,
                           sum(score_value * power(2::float8, -extract(epoch from (week_end - created_at))::float8 / :half))
                               as value_sum,
                           sum(power(2::float8, -extract(epoch from (week_end - created_at))::float8 / :half)) as weight_sum
                    from counted group by week)
                select coalesce(o.week, r.week), coalesce(o.positive, 0), coalesce(o.neutral, 0),
                       coalesce(o.negative, 0), coalesce(r.reporters, 0), coalesce(o.value_sum, 0),
                       coalesce(o.weight_sum, 0)
                from opinions o full join reporters r on r.week = o.week""", numberId);
        return new History(weeks, cells("""
                select cast(extract(isodow from coalesce(called_on, cast(created_at at time zone :zone as date))) as int)
                           || ':' || cast(extract(hour from called_time) as int), count(*)
                from report where number_id = :id and status = 'VISIBLE' and called_time is not null
                group by 1""", numberId));
    }

    @SuppressWarnings("unchecked")
    private Map<LocalDate, Week> weeks(String sql, long numberId) {
        var query = em.createNativeQuery(sql, Object[].class).setParameter("id", numberId);
        if (sql.contains(":half")) {
            query.setParameter("half", (double) config.halfLife().toSeconds());
        }
        if (sql.contains(":zone")) {
            query.setParameter("zone", TrendRules.ZONE.getId());
        }
        Map<LocalDate, Week> weeks = new TreeMap<>();
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            weeks.put(date(row[0]), new Week(number(row[1]).longValue(), number(row[2]).longValue(),
                    number(row[3]).longValue(), number(row[4]).longValue(), number(row[5]).doubleValue(),
                    number(row[6]).doubleValue()));
        }
        return weeks;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Long> cells(String sql, long numberId) {
        var query = em.createNativeQuery(sql, Object[].class).setParameter("id", numberId);
        if (sql.contains(":zone")) {
            query.setParameter("zone", TrendRules.ZONE.getId());
        }
        Map<String, Long> cells = new TreeMap<>();
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            cells.put((String) row[0], number(row[1]).longValue());
        }
        return cells;
    }

    private static java.lang.Number number(Object value) {
        return (java.lang.Number) value;
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
