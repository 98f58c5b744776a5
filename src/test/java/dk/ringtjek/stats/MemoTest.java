package dk.ringtjek.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class MemoTest {

    private static final Duration TTL = Duration.ofSeconds(60);

    private final AtomicLong now = new AtomicLong(1_000);
    private final AtomicInteger computations = new AtomicInteger();
    private final Memo<Integer> memo = new Memo<>(computations::incrementAndGet, TTL, now::get);

    @Test
    void shouldComputeOnceAndServeFromMemoryWithinTheTimeToLive() {
        assertEquals(1, memo.get());
        now.addAndGet(TTL.toNanos() - 1);
        assertEquals(1, memo.get());
        assertEquals(1, computations.get());
    }

    @Test
    void shouldComputeAgainOnceTheTimeToLiveHasPassed() {
        memo.get();
        now.addAndGet(TTL.toNanos());
        assertEquals(2, memo.get());
    }

    @Test
    void shouldComputeAgainAfterBeingToldToForget() {
        memo.get();
        memo.forget();
        assertEquals(2, memo.get());
    }
}
