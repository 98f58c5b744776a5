package dk.ringtjek.stats;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;

/** Moves the lookups counted in memory to the database every few seconds and at shutdown. */
@ApplicationScoped
public class LookupFlusher {

    private final LookupCounter counter;
    private final DailyStats stats;

    public LookupFlusher(LookupCounter counter, DailyStats stats) {
        this.counter = counter;
        this.stats = stats;
    }

    @Scheduled(every = "${ringtjek.stats.flush-interval:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void flushRegularly() {
        try {
            flush();
        } catch (RuntimeException e) {
            Log.warn("Lookup counts could not be flushed; they are kept for the next try", e);
        }
    }

    // Default priority: before the embedded database (if any) is stopped.
    void flushAtShutdown(@Observes ShutdownEvent event) {
        try {
            long flushed = flush();
            Log.debugf("Flushed %d lookups at shutdown", flushed);
        } catch (RuntimeException e) {
            Log.error("Lookup counts could not be flushed at shutdown and are lost", e);
        }
    }

    /**
     * Writes every pending count; returns how many lookups it wrote. If the write fails, the counts go
     * back into memory and the exception is thrown.
     */
    public synchronized long flush() {
        List<LookupCount> counts = counter.drain();
        if (counts.isEmpty()) {
            return 0;
        }
        try {
            stats.addLookups(counts);
        } catch (RuntimeException e) {
            counter.restore(counts);
            throw e;
        }
        return counts.stream().mapToLong(LookupCount::lookups).sum();
    }
}
