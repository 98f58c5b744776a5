package dk.ringtjek.account;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import dk.ringtjek.abuse.AbuseClock;
import dk.ringtjek.abuse.AbuseConfig;

/**
 * {@link LoginFailureCounts} in this instance's memory: a Caffeine cache of counters that expire one
 * window after they were created (a counter is changed in place, never written again, so a failure
 * does not move its window). Bounded in keys; the clock is {@link AbuseClock}, so tests skip ahead.
 */
@ApplicationScoped
public class InMemoryLoginFailureCounts implements LoginFailureCounts {

    /** Room for this many keys: about 100 bytes each. */
    static final int MAX_KEYS = 150_000;

    private final Cache<String, AtomicLong> counts;
    private final Duration window;

    public InMemoryLoginFailureCounts(AbuseConfig config, AbuseClock clock) {
        this.window = config.login().window();
        this.counts = Caffeine.newBuilder()
                .maximumSize(MAX_KEYS)
                .expireAfterWrite(window)
                .ticker(clock::nanoTime)
                .build();
    }

    @Override
    public Window of(String key) {
        AtomicLong count = counts.getIfPresent(key);
        if (count == null || count.get() == 0) {
            return Window.NONE;
        }
        Duration age = counts.policy().expireAfterWrite().flatMap(expiry -> expiry.ageOf(key)).orElse(Duration.ZERO);
        Duration remaining = window.minus(age);
        return new Window(count.get(), remaining.isNegative() ? Duration.ZERO : remaining);
    }

    @Override
    public void add(String key) {
        counts.get(key, k -> new AtomicLong()).incrementAndGet();
    }

    @Override
    public void clear(String key) {
        counts.invalidate(key);
    }
}
