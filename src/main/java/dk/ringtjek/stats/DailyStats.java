package dk.ringtjek.stats;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Writes the daily statistics. Every write is one upsert that adds to what is there
 * ({@code n = n + delta}), so app instances writing at the same time never lose a count.
 */
@ApplicationScoped
public class DailyStats {

    // The daily rows and the totals in one statement: both or neither.
    private static final String ADD_LOOKUPS = """
            with batch (e164, day, lookups) as (
                select * from unnest(cast(? as text[]), cast(? as date[]), cast(? as bigint[]))
            ), daily as (
                insert into number_daily_stats as t (e164, day, lookups)
                select e164, day, lookups from batch order by e164, day
                on conflict (e164, day) do update set lookups = t.lookups + excluded.lookups
            )
            insert into number_lookup_total as t (e164, lookups)
            select e164, sum(lookups) from batch group by e164 order by e164
            on conflict (e164) do update set lookups = t.lookups + excluded.lookups
            """;

    private static final String ADD_REPORT = """
            insert into number_daily_stats as t (e164, day, reports) values (:e164, :day, 1)
            on conflict (e164, day) do update set reports = t.reports + 1
            """;

    private final DataSource dataSource;
    private final EntityManager em;
    private final StatsClock clock;
    private final int batchSize;

    public DailyStats(DataSource dataSource, EntityManager em, StatsClock clock, StatsConfig config) {
        this.dataSource = dataSource;
        this.em = em;
        this.clock = clock;
        this.batchSize = Math.max(1, config.flushBatchSize());
    }

    /**
     * Counts one more report received today for the number. Meant to be called by the report feature
     * inside the transaction that saves the report, so the chart never shows a report that was not saved.
     */
    @Transactional
    public void reportAdded(String e164) {
        em.createNativeQuery(ADD_REPORT)
                .setParameter("e164", e164)
                .setParameter("day", clock.today())
                .executeUpdate();
    }

    /** Adds counted lookups to the daily rows and the totals; one statement per batch, one transaction. */
    @Transactional
    public void addLookups(List<LookupCount> counts) {
        if (counts.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(ADD_LOOKUPS)) {
            for (int from = 0; from < counts.size(); from += batchSize) {
                List<LookupCount> batch = counts.subList(from, Math.min(counts.size(), from + batchSize));
                statement.setArray(1, connection.createArrayOf("text",
                        batch.stream().map(LookupCount::e164).toArray()));
                statement.setArray(2, connection.createArrayOf("text",
                        batch.stream().map(count -> count.day().toString()).toArray()));
                statement.setArray(3, connection.createArrayOf("bigint",
                        batch.stream().map(LookupCount::lookups).toArray()));
                statement.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Lookup counts could not be written", e);
        }
    }
}
