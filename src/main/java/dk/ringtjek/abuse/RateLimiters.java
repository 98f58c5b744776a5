package dk.ringtjek.abuse;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import io.github.bucket4j.TimeMeter;

/**
 * Creates {@link RateLimiter}s that share one clock, so that a test can move time forward instead of
 * waiting. Keep the limiter in a field of an application-scoped bean: each call creates a new one.
 */
@ApplicationScoped
public class RateLimiters {

    /** Room for this many keys per limiter unless told otherwise: a few MB at most. */
    public static final int DEFAULT_MAX_KEYS = 50_000;

    private final AbuseClock clock;

    public RateLimiters(AbuseClock clock) {
        this.clock = clock;
    }

    /** A limiter called {@code name} allowing {@code capacity} actions per key per {@code window}. */
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
