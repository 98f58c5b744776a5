package dk.ringtjek.abuse;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;

/**
 * "At most N per window for each key", held in memory: one bucket4j token bucket per key (an account,
 * a client key, ...). A key starts with N tokens and gets them back evenly over the window. The number
 * of keys is bounded; when it is full, the key used longest ago is forgotten first.
 * <p>
 * Create one with {@link RateLimiters#create}. Thread-safe. Limits are per application instance: the
 * site's allowances use one only as the cheap first line in front of the count all instances share
 * ({@link ExactAllowance}).
 */
public final class RateLimiter {

    private final String name;
    private final long capacity;
    private final Duration window;
    private final TimeMeter time;
    private final Map<String, Bucket> buckets;

    RateLimiter(String name, long capacity, Duration window, int maxKeys, TimeMeter time) {
        if (capacity < 1 || window.isNegative() || window.isZero() || maxKeys < 1) {
            throw new IllegalArgumentException("Rate limiter " + name + " needs a capacity, a window and room for keys");
        }
        this.name = name;
        this.capacity = capacity;
        this.window = window;
        this.time = time;
        this.buckets = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > maxKeys;
            }
        };
    }

    public String name() {
        return name;
    }

    /** Takes one from the key's allowance; false when it is used up (and nothing is taken). */
    public boolean tryAcquire(String key) {
        return bucket(key).tryConsume(1);
    }

    /** Whether the key's allowance is used up right now; takes nothing. */
    public boolean isLimited(String key) {
        Bucket bucket = existing(key);
        return bucket != null && bucket.getAvailableTokens() < 1;
    }

    /** How long until the key may act again; zero when it may act now. */
    public Duration retryAfter(String key) {
        Bucket bucket = existing(key);
        if (bucket == null) {
            return Duration.ZERO;
        }
        return Duration.ofNanos(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill());
    }

    /** Gives back one that was taken for an action that did not happen after all. */
    public void giveBack(String key) {
        Bucket bucket = existing(key);
        if (bucket != null) {
            bucket.addTokens(1);
        }
    }

    /** Gives the key its whole allowance back, e.g. after a successful login. */
    public void reset(String key) {
        synchronized (buckets) {
            buckets.remove(key);
        }
    }

    private Bucket existing(String key) {
        synchronized (buckets) {
            return buckets.get(key);
        }
    }

    private Bucket bucket(String key) {
        synchronized (buckets) {
            return buckets.computeIfAbsent(key, k -> Bucket.builder()
                    .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, window))
                    .withCustomTimePrecision(time)
                    .build());
        }
    }
}
