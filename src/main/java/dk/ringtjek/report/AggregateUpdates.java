package dk.ringtjek.report;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * The SQL that keeps a number's community aggregate (on phone_number) and category counts in step
 * with its reports. Every change is one statement computed by the database from the stored values,
 * under the number's row lock, so concurrent writers never lose an update. The number's weeks follow
 * ({@link HistoryUpdates}).
 */
@ApplicationScoped
class AggregateUpdates {

    private final EntityManager em;
    private final ReportConfig config;
    private final BlocklistMembership blocklist;
    private final HistoryUpdates history;

    AggregateUpdates(EntityManager em, ReportConfig config, BlocklistMembership blocklist, HistoryUpdates history) {
        this.em = em;
        this.config = config;
        this.blocklist = blocklist;
        this.history = history;
    }

    /**
     * Moves the aggregate: {@code stopped} no longer counts, {@code started} now counts (either may
     * be null), and the number of visible reports changes by {@code visibleDelta}.
     */
    void apply(long numberId, Report stopped, Report started, int visibleDelta, Instant now) {
        double halfLife = config.halfLife().toSeconds();
        double valueDelta = 0;
        double weightDelta = 0;
        int[] ratingDelta = new int[Rating.values().length];
        int peopleDelta = 0;
        Map<List<String>, Integer> categoryDelta = new LinkedHashMap<>(); // (category, rating) -> change
        if (stopped != null) {
            double weight = CommunityScore.decayFactor(stopped.createdAt.toInstant(), now, config.halfLife());
            valueDelta -= weight * stopped.scoreValue;
            weightDelta -= weight;
            ratingDelta[stopped.rating.ordinal()]--;
            peopleDelta--;
            categoryDelta.merge(List.of(stopped.category.name(), stopped.rating.name()), -1, Integer::sum);
        }
        if (started != null) {
            double weight = CommunityScore.decayFactor(started.createdAt.toInstant(), now, config.halfLife());
            valueDelta += weight * started.scoreValue;
            weightDelta += weight;
            ratingDelta[started.rating.ordinal()]++;
            peopleDelta++;
            categoryDelta.merge(List.of(started.category.name(), started.rating.name()), +1, Integer::sum);
        }
        categoryDelta.values().removeIf(delta -> delta == 0);
        // one statement: the category counts (a data-modifying WITH) and the number's aggregate
        StringBuilder categories = new StringBuilder();
        for (int i = 0; i < categoryDelta.size(); i++) {
            categories.append(i == 0 ? "" : ", ").append("(:id, :category").append(i).append(", :rating").append(i)
                    .append(", :delta").append(i).append(')');
        }
        var update = em.createNativeQuery((categoryDelta.isEmpty() ? "" : """
                with category as (
                    insert into number_category_count (number_id, category, rating, count)
                    values %s
                    on conflict (number_id, category, rating)
                    do update set count = number_category_count.count + excluded.count)
                """.formatted(categories)) + """
                update phone_number p set
                    report_count = p.report_count + :visible,
                    people_count = p.people_count + :people,
                    positive_count = p.positive_count + :positive,
                    neutral_count = p.neutral_count + :neutral,
                    negative_count = p.negative_count + :negative,
                    value_sum = case when p.people_count + :people > 0 then p.value_sum * d.f + :dv else 0 end,
                    weight_sum = case when p.people_count + :people > 0
                        then greatest(p.weight_sum * d.f + :dw, 0) else 0 end,
                    score = case when p.people_count + :people > 0
                        then (p.value_sum * d.f + :dv) / (:prior + greatest(p.weight_sum * d.f + :dw, 0)) end,
                    scored_at = :now,
                    last_reported_at = (select max(r.created_at) from report r
                                        where r.number_id = p.id and r.status = 'VISIBLE')
                from (select power(2::float8, -extract(epoch from (:now - coalesce(scored_at, :now)))::float8 / :half) as f
                      from phone_number where id = :id) d
                where p.id = :id
                """);
        int i = 0;
        for (Map.Entry<List<String>, Integer> change : categoryDelta.entrySet()) {
            update.setParameter("category" + i, change.getKey().get(0))
                    .setParameter("rating" + i, change.getKey().get(1))
                    .setParameter("delta" + i, change.getValue());
            i++;
        }
        update.setParameter("visible", visibleDelta)
                .setParameter("people", peopleDelta)
                .setParameter("positive", ratingDelta[Rating.POSITIVE.ordinal()])
                .setParameter("neutral", ratingDelta[Rating.NEUTRAL.ordinal()])
                .setParameter("negative", ratingDelta[Rating.NEGATIVE.ordinal()])
                .setParameter("dv", valueDelta)
                .setParameter("dw", weightDelta)
                .setParameter("prior", config.priorWeight())
                .setParameter("half", halfLife)
                .setParameter("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .setParameter("id", numberId)
                .executeUpdate();
        history.opinionMoved(numberId, stopped, started); // and the weeks of the opinions with it
        blocklist.sync(numberId); // the aggregate moved: so may the number's place on the blocklist
    }

    /**
     * Moves the number's counts of reports waiting for a moderator (held) and of reports a moderator
     * hid by the deltas given.
     */
    void moveModerated(long numberId, int heldDelta, int hiddenDelta) {
        if (heldDelta != 0 || hiddenDelta != 0) {
            em.createNativeQuery("""
                    update phone_number set held_count = held_count + :held, hidden_count = hidden_count + :hidden
                    where id = :id""")
                    .setParameter("held", heldDelta).setParameter("hidden", hiddenDelta).setParameter("id", numberId)
                    .executeUpdate();
        }
    }

    /**
     * Ages every score that was last computed before {@code olderThan}; returns the rows changed. The
     * blocklist follows in {@link BlocklistMembership#reconcile}, which the decay job runs afterwards.
     */
    int decayAll(Instant now, Instant olderThan, int batchSize) {
        return em.createNativeQuery("""
                update phone_number p set
                    value_sum = p.value_sum * d.f,
                    weight_sum = p.weight_sum * d.f,
                    score = p.value_sum * d.f / (:prior + p.weight_sum * d.f),
                    scored_at = :now
                from (select id, power(2::float8, -extract(epoch from (:now - scored_at))::float8 / :half) as f
                      from phone_number
                      where people_count > 0 and scored_at < :olderThan
                      order by id limit :batch
                      for update skip locked) d
                where p.id = d.id
                """)
                .setParameter("prior", config.priorWeight())
                .setParameter("half", (double) config.halfLife().toSeconds())
                .setParameter("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .setParameter("olderThan", OffsetDateTime.ofInstant(olderThan, ZoneOffset.UTC))
                .setParameter("batch", batchSize)
                .executeUpdate();
    }
}
