package dk.ringtjek.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class LoginDelayTest {

    // the defaults: free for 5 failures, then 1 s doubling up to 10 s
    private static final LoginDelay DELAY = new LoginDelay(5, Duration.ofSeconds(1), Duration.ofSeconds(10));

    @Test
    void shouldNotDelayTheFirstFiveFailures() {
        assertEquals(Duration.ZERO, DELAY.after(0));
        assertEquals(Duration.ZERO, DELAY.after(4));
    }

    @Test
    void shouldDoubleTheDelayWithEachFurtherFailureUpToTheMaximum() {
        assertEquals(Duration.ofSeconds(1), DELAY.after(5));
        assertEquals(Duration.ofSeconds(2), DELAY.after(6));
        assertEquals(Duration.ofSeconds(4), DELAY.after(7));
        assertEquals(Duration.ofSeconds(8), DELAY.after(8));
        assertEquals(Duration.ofSeconds(10), DELAY.after(9));
        assertEquals(Duration.ofSeconds(10), DELAY.after(1_000_000), "slowed down, never locked out");
    }

    @Test
    void shouldNeverDelayWhenTheFirstDelayIsZero() {
        assertEquals(Duration.ZERO, new LoginDelay(0, Duration.ZERO, Duration.ofSeconds(10)).after(100));
    }
}
