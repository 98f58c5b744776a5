package dk.ringtjek.account;

import java.time.Duration;

/**
 * How long a login attempt on an account waits before its password is checked, from the account's
 * failures in the window from every client: nothing for the first {@code freeFailures}, then
 * {@code first}, doubling with each further failure, never more than {@code max}. A guesser spread
 * over many clients gets slow; the owner still gets in, a few seconds later. A pure function, so the
 * policy is tested without waiting.
 */
public record LoginDelay(int freeFailures, Duration first, Duration max) {

    public Duration after(long failures) {
        if (failures < freeFailures || first.isZero()) {
            return Duration.ZERO;
        }
        long doublings = failures - freeFailures;
        if (doublings >= 62 || first.toNanos() > (max.toNanos() >> Math.min(doublings, 62))) {
            return max;
        }
        Duration delay = first.multipliedBy(1L << doublings);
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
