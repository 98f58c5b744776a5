package dk.ringtjek.report;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/** Ages every score regularly, so that scores fall back towards neutral without new reports. */
@ApplicationScoped
public class ScoreDecayJob {

    private static final int BATCH = 1000;
    private static final Duration MIN_AGE = Duration.ofMinutes(55);

    private final AggregateUpdates aggregates;
    private final BlocklistMembership blocklist;
    private final java.time.Clock clock;

    ScoreDecayJob(AggregateUpdates aggregates, BlocklistMembership blocklist, java.time.Clock clock) {
        this.aggregates = aggregates;
        this.blocklist = blocklist;
        this.clock = clock;
    }

    @Scheduled(every = "${ringtjek.report.decay-every}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        int changed = decay(clock.instant(), MIN_AGE);
        if (changed > 0) {
            Log.infof("Score decay re-applied to %d numbers", changed);
            blocklist.reconcile(); // decay moves scores across the blocklist's threshold without a report
        }
    }

    /** Decays all scores last computed more than {@code minAge} before {@code now}, in batches. */
    @Transactional(Transactional.TxType.NEVER)
    public int decay(Instant now, Duration minAge) {
        int total = 0;
        int changed;
        do {
            changed = QuarkusTransaction.requiringNew()
                    .call(() -> aggregates.decayAll(now, now.minus(minAge), BATCH));
            total += changed;
        } while (changed == BATCH);
        return total;
    }
}
