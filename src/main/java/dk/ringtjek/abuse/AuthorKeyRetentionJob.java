package dk.ringtjek.abuse;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Keeps author keys no longer than needed: after the retention period (30 days by default) they are
 * removed from reports and old helpful votes are deleted. The once-a-day rule only needs 24 hours.
 */
@ApplicationScoped
public class AuthorKeyRetentionJob {

    private static final int BATCH = 5000;

    private final EntityManager em;
    private final AbuseConfig config;
    private final Clock clock;

    AuthorKeyRetentionJob(EntityManager em, AbuseConfig config, Clock clock) {
        this.em = em;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        int removed = removeOldKeys();
        if (removed > 0) {
            Log.infof("Author keys removed from %d reports past the retention period", removed);
        }
    }

    /** Removes every author key older than the retention period; returns how many reports changed. */
    public int removeOldKeys() {
        OffsetDateTime before = OffsetDateTime.ofInstant(clock.instant().minus(config.authorKeyRetention()),
                ZoneOffset.UTC);
        int total = 0;
        int changed;
        do {
            changed = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                    update report set author_key = null
                    where id in (select id from report where author_key is not null and created_at < :before
                                 limit :batch)""")
                    .setParameter("before", before).setParameter("batch", BATCH).executeUpdate());
            total += changed;
        } while (changed == BATCH);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "delete from helpful_vote where created_at < :before").setParameter("before", before).executeUpdate());
        return total;
    }
}
