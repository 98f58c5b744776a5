package dk.ringtjek.abuse;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;

/**
 * The background work of the shared allowances: adds what the batched allowances (page views, API)
 * let through to the shared count about once a second, and removes buckets that are full again.
 * The scheduler is off in tests, which take the same steps themselves.
 */
@ApplicationScoped
public class AllowanceJobs {

    /** At most this many batches of cleanup-batch rows a run: the cleanup never holds the table long. */
    private static final int MAX_BATCHES = 10;

    private final RateLimits limits;
    private final SharedAllowances shared;
    private final AbuseClock clock;
    private final int cleanupBatch;

    public AllowanceJobs(RateLimits limits, SharedAllowances shared, AbuseClock clock, AbuseConfig config) {
        this.limits = limits;
        this.shared = shared;
        this.clock = clock;
        this.cleanupBatch = config.shared().cleanupBatch();
    }

    @Scheduled(every = "${ringtjek.abuse.shared.flush-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void flushRegularly() {
        try {
            flush();
        } catch (RuntimeException e) {
            // the counts stay pending for the next try; meanwhile this instance limits on what it knows
            Log.warnf("Page view and API counts could not be added to the shared allowances: %s", e.getMessage());
        }
    }

    @Scheduled(every = "${ringtjek.abuse.shared.cleanup-interval:10m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void removeFullRegularly() {
        try {
            removeFull();
        } catch (RuntimeException e) {
            Log.warnf("Full shared allowances could not be removed: %s", e.getMessage());
        }
    }

    /** Adds the pending counts in one statement; returns how many keys it added to. */
    public synchronized int flush() {
        List<SharedAllowances.Debit> debits = limits.unflushed();
        if (debits.isEmpty()) {
            return 0;
        }
        long now = clock.millis();
        Map<SharedAllowances.Debit, Double> left = shared.debit(debits, now);
        limits.flushed(left, now);
        return debits.size();
    }

    /** Removes buckets that are full again, a bounded number; returns how many. */
    public int removeFull() {
        int removed = 0;
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            int deleted = shared.removeFull(clock.millis(), cleanupBatch);
            removed += deleted;
            if (deleted < cleanupBatch) {
                break;
            }
        }
        return removed;
    }
}
