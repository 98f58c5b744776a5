package dk.ringtjek.abuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.github.bucket4j.TimeMeter;

class RateLimiterTest {

    private static final Duration WINDOW = Duration.ofMinutes(15);

    /** A clock that only moves when told to. */
    static class ManualTime implements TimeMeter {
        long nanos = 1_000_000_000L;

        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }

        void advance(Duration duration) {
            nanos += duration.toNanos();
        }
    }

    private final ManualTime time = new ManualTime();

    @Test
    void shouldAllowTheCapacityPerKeyAndThenRefuseUntilTimeHasPassed() {
        RateLimiter limiter = new RateLimiter("test", 3, WINDOW, 100, time);
        for (int i = 0; i < 3; i++) {
            assertFalse(limiter.isLimited("a"));
            assertTrue(limiter.tryAcquire("a"));
        }
        assertTrue(limiter.isLimited("a"));
        assertFalse(limiter.tryAcquire("a"));
        assertEquals(Duration.ofMinutes(5), limiter.retryAfter("a"), "one action comes back per window / capacity");
        assertFalse(limiter.isLimited("b"), "other keys have their own allowance");

        time.advance(Duration.ofMinutes(5));
        assertTrue(limiter.tryAcquire("a"));
        assertFalse(limiter.tryAcquire("a"));
        time.advance(WINDOW);
        assertEquals(Duration.ZERO, limiter.retryAfter("a"));
    }

    @Test
    void shouldGiveTheWholeAllowanceBackOnReset() {
        RateLimiter limiter = new RateLimiter("test", 2, WINDOW, 100, time);
        limiter.tryAcquire("a");
        limiter.tryAcquire("a");
        limiter.reset("a");
        assertFalse(limiter.isLimited("a"));
        assertTrue(limiter.tryAcquire("a"));
    }

    @Test
    void shouldGiveBackOneButNeverMoreThanTheCapacity() {
        RateLimiter limiter = new RateLimiter("test", 2, WINDOW, 100, time);
        limiter.tryAcquire("a");
        limiter.tryAcquire("a");
        limiter.giveBack("a");
        assertTrue(limiter.tryAcquire("a"));
        assertFalse(limiter.tryAcquire("a"));
        limiter.giveBack("b"); // never used: nothing to give back, and no more than the capacity after
        assertTrue(limiter.tryAcquire("b"));
        assertTrue(limiter.tryAcquire("b"));
        assertFalse(limiter.tryAcquire("b"));
    }

    @Test
    void shouldForgetTheLeastRecentlyUsedKeyWhenFull() {
        RateLimiter limiter = new RateLimiter("test", 1, WINDOW, 2, time);
        limiter.tryAcquire("old");
        limiter.tryAcquire("recent");
        limiter.isLimited("old");
        limiter.tryAcquire("new");
        assertTrue(limiter.isLimited("old"), "recently used: kept");
        assertFalse(limiter.isLimited("recent"), "used longest ago: forgotten");
    }

    @Test
    void shouldRefuseANonsensicalConfiguration() {
        assertThrows(IllegalArgumentException.class, () -> new RateLimiter("bad", 0, WINDOW, 10, time));
        assertThrows(IllegalArgumentException.class, () -> new RateLimiter("bad", 1, Duration.ZERO, 10, time));
    }
}
