package dk.ringtjek.abuse;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import io.github.bucket4j.TimeMeter;

/**
 * Creates the allowances and {@link RateLimiter}s, all on one clock, so that a test can move time
 * forward instead of waiting. Keep what it creates in a field of an application-scoped bean: each call
 * creates a new one.
 */
@ApplicationScoped
public class RateLimiters {

    /** Room for this many keys per limiter unless told otherwise: a few MB at most. */
    public static final int DEFAULT_MAX_KEYS = 50_000;

    private final AbuseClock clock;
    private final SharedAllowances shared;

    public RateLimiters(AbuseClock clock, SharedAllowances shared) {
        this.clock = clock;
        this.shared = shared;
    }

    /** An allowance exact across instances: {@code capacity} per key per {@code window}. */
    public ExactAllowance exact(String name, long capacity, Duration window) {
        return new ExactAllowance(new SharedAllowances.Limit(name, capacity, window),
                create(name, capacity, window), shared, clock);
    }

    /** An allowance for the hot path, added to the shared count in batches (see {@link BatchedAllowance}). */
    public BatchedAllowance batched(String name, long capacity, Duration window) {
        return new BatchedAllowance(new SharedAllowances.Limit(name, capacity, window), DEFAULT_MAX_KEYS, clock);
    }

    /** A limiter in this instance's memory only, called {@code name}: {@code capacity} actions per key per {@code window}. */
    public RateLimiter create(String name, long capacity, Duration window) {
        return create(name, capacity, window, DEFAULT_MAX_KEYS);
    }

    public RateLimiter create(String name, long capacity, Duration window, int maxKeys) {
        return new RateLimiter(name, capacity, window, maxKeys, new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return clock.nanoTime();
            }

            @Override
            public boolean isWallClockBased() {
                return false;
            }
        });
    }
}
