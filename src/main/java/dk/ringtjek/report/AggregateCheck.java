package dk.ringtjek.report;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Recomputes a number's aggregate (with its count of held reports) from its reports, independently of the stored one and of the
 * counted flags, to check that the incremental updates are exact (tests, and repairs by an operator).
 */
@ApplicationScoped
public class AggregateCheck {

    /** A number's aggregate, with the sums decayed to one moment. */
    public record Aggregate(long reportCount, long held, long hidden, long people, long positive, long neutral, long negative,
            double valueSum, double weightSum, Double score, Map<String, Long> categoryCounts) {
    }

    private final EntityManager em;
    private final ReportConfig config;

    public AggregateCheck(EntityManager em, ReportConfig config) {
        this.em = em;
        this.config = config;
    }

    /** What the stored aggregate says, decayed to {@code at}. */
    @Transactional
    public Aggregate stored(long numberId, Instant at) {
        Object[] row = (Object[]) em.createNativeQuery("""
                select report_count, people_count, positive_count, neutral_count, negative_count,
                       value_sum * power(2::float8, -extract(epoch from (:at - coalesce(scored_at, :at)))::float8 / :half),
                       weight_sum * power(2::float8, -extract(epoch from (:at - coalesce(scored_at, :at)))::float8 / :half),
                       held_count, hidden_count
                from phone_number where id = :id""")
                .setParameter("at", at(at)).setParameter("half", halfLife()).setParameter("id", numberId)
                .getSingleResult();
        Map<String, Long> categories = categoryCounts("""
                select category || ':' || rating, count from number_category_count
                where number_id = :id and count <> 0""", numberId);
        return aggregate(row, categories);
    }

    /** The aggregate computed from scratch: each author's latest visible report, decayed to {@code at}. */
    @Transactional
    public Aggregate recomputed(long numberId, Instant at) {
        Object[] row = (Object[]) em.createNativeQuery("""
                with latest as (
                    select distinct on (coalesce(author_key, 'report:' || id)) rating, score_value, created_at
                    from report where number_id = :id and status = 'VISIBLE'
                    order by coalesce(author_key, 'report:' || id), created_at desc, id desc)
                select (select count(*) from report where number_id = :id and status = 'VISIBLE'),
                       count(*),
                       count(*) filter (where rating = 'POSITIVE'),
                       count(*) filter (where rating = 'NEUTRAL'),
                       count(*) filter (where rating = 'NEGATIVE'),
                       coalesce(sum(score_value * power(2::float8, -extract(epoch from (:at - created_at))::float8 / :half)), 0),
                       coalesce(sum(power(2::float8, -extract(epoch from (:at - created_at))::float8 / :half)), 0),
                       (select count(*) from report where number_id = :id and status = 'HELD'),
                       (select count(*) from report where number_id = :id and status = 'HIDDEN')
                from latest""")
                .setParameter("at", at(at)).setParameter("half", halfLife()).setParameter("id", numberId)
                .getSingleResult();
        Map<String, Long> categories = categoryCounts("""
                select category || ':' || rating, count(*) from (
                    select distinct on (coalesce(author_key, 'report:' || id)) category, rating
                    from report where number_id = :id and status = 'VISIBLE'
                    order by coalesce(author_key, 'report:' || id), created_at desc, id desc) latest
                group by category, rating""", numberId);
        return aggregate(row, categories);
    }

    private Aggregate aggregate(Object[] row, Map<String, Long> categories) {
        long people = ((java.lang.Number) row[1]).longValue();
        double valueSum = ((java.lang.Number) row[5]).doubleValue();
        double weightSum = ((java.lang.Number) row[6]).doubleValue();
        return new Aggregate(((java.lang.Number) row[0]).longValue(), ((java.lang.Number) row[7]).longValue(),
                ((java.lang.Number) row[8]).longValue(), people,
                ((java.lang.Number) row[2]).longValue(), ((java.lang.Number) row[3]).longValue(),
                ((java.lang.Number) row[4]).longValue(), valueSum, weightSum,
                CommunityScore.score(valueSum, weightSum, (int) people, config.priorWeight()), categories);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Long> categoryCounts(String sql, long numberId) {
        Map<String, Long> counts = new TreeMap<>();
        for (Object[] row : (java.util.List<Object[]>) em.createNativeQuery(sql, Object[].class)
                .setParameter("id", numberId).getResultList()) {
            counts.put((String) row[0], ((java.lang.Number) row[1]).longValue());
        }
        return counts;
    }

    private double halfLife() {
        return config.halfLife().toSeconds();
    }

    private static OffsetDateTime at(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
