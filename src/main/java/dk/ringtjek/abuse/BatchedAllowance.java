package dk.ringtjek.abuse;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * An allowance for the hot path (every page view, every API request), shared across instances without
 * a database write per request: this instance counts what it lets through in memory, and
 * {@link AllowanceJobs} adds the counts to the shared buckets ({@link SharedAllowances#debit}) about
 * once a second, in one statement for all keys, learning in return what every instance has taken. A
 * request is let through while the last-known shared bucket, refilled for the time since, minus what
 * this instance let through since then, has one left.
 * <p>
 * The bound: between two flushes an instance does not see what the others let through, so each
 * instance may let a client have at most about one flush interval's requests (never more than the
 * capacity) beyond the limit; the shared bucket then goes below zero and the debt is paid back before
 * the client gets more. With one instance the limit is exact.
 */
public final class BatchedAllowance implements Allowance {

    /** What this instance knows of one key: the shared bucket at a time, and what it let through since. */
    private static final class Tally {
        double known;
        long knownAtMillis;
        long pending;

        Tally(double known, long knownAtMillis) {
            this.known = known;
            this.knownAtMillis = knownAtMillis;
        }
    }

    private final SharedAllowances.Limit limit;
    private final AbuseClock clock;
    private final Cache<String, Tally> tallies;

    BatchedAllowance(SharedAllowances.Limit limit, int maxKeys, AbuseClock clock) {
        this.limit = limit;
        this.clock = clock;
        // a key not seen for a window has its whole allowance back; at the size bound, a key's count
        // not flushed yet is lost (at most one interval's)
        this.tallies = Caffeine.newBuilder().maximumSize(maxKeys).expireAfterAccess(limit.window())
                .ticker(clock::nanoTime).build();
    }

    @Override
    public String name() {
        return limit.name();
    }

    @Override
    public boolean tryAcquire(String key) {
        long now = clock.millis();
        Tally tally = tallies.get(key, k -> new Tally(limit.capacity(), now));
        synchronized (tally) {
            if (available(tally, now) < 1) {
                return false;
            }
            tally.pending++;
            return true;
        }
    }

    @Override
    public Duration retryAfter(String key) {
        Tally tally = tallies.getIfPresent(key);
        if (tally == null) {
            return Duration.ZERO;
        }
        synchronized (tally) {
            double left = available(tally, clock.millis());
            return left >= 1 ? Duration.ZERO : Duration.ofMillis((long) Math.ceil((1 - left) / limit.perMilli()));
        }
    }

    /** The counts not yet added to the shared buckets, one debit per key. */
    List<SharedAllowances.Debit> unflushed() {
        List<SharedAllowances.Debit> debits = new ArrayList<>();
        tallies.asMap().forEach((key, tally) -> {
            synchronized (tally) {
                if (tally.pending > 0) {
                    debits.add(new SharedAllowances.Debit(limit, key, tally.pending));
                }
            }
        });
        return debits;
    }

    /**
     * The debits were added; what the shared buckets had left afterwards replaces what this instance
     * knew, and only what it let through since stays pending.
     */
    void flushed(Map<SharedAllowances.Debit, Double> left, long atMillis) {
        left.forEach((debit, tokens) -> {
            if (!debit.limit().equals(limit)) {
                return;
            }
            Tally tally = tallies.getIfPresent(debit.key());
            if (tally == null) {
                return;
            }
            synchronized (tally) {
                tally.known = tokens;
                tally.knownAtMillis = atMillis;
                tally.pending = Math.max(0, tally.pending - debit.count());
            }
        });
    }

    private double available(Tally tally, long now) {
        double refilled = tally.known + Math.max(0, now - tally.knownAtMillis) * limit.perMilli();
        return Math.min(limit.capacity(), refilled) - tally.pending;
    }
}
