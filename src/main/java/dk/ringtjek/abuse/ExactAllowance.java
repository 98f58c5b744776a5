package dk.ringtjek.abuse;

import java.time.Duration;

/**
 * An allowance that is exact across instances: every check is one statement on the shared count
 * ({@link SharedAllowances}). In front of it, this instance's own bucket ({@link RateLimiter}) takes only
 * what the shared count allowed, so it never has fewer left than the shared count: when it is used up,
 * so is the shared one, and the check is refused without a query.
 */
public final class ExactAllowance implements Allowance {

    private final SharedAllowances.Limit limit;
    private final RateLimiter local;
    private final SharedAllowances shared;
    private final AbuseClock clock;

    ExactAllowance(SharedAllowances.Limit limit, RateLimiter local, SharedAllowances shared, AbuseClock clock) {
        this.limit = limit;
        this.local = local;
        this.shared = shared;
        this.clock = clock;
    }

    @Override
    public String name() {
        return limit.name();
    }

    @Override
    public boolean tryAcquire(String key) {
        if (local.isLimited(key) || !shared.take(limit, key, clock.millis())) {
            return false;
        }
        local.tryAcquire(key);
        return true;
    }

    /** Gives back one taken for an action that did not happen (another allowance refused it). */
    public void giveBack(String key) {
        shared.giveBack(limit, key);
        local.giveBack(key);
    }

    @Override
    public Duration retryAfter(String key) {
        // refused here: this instance alone used it up, and the shared count has no more (the local
        // estimate may be a little early when other instances took some too)
        if (local.isLimited(key)) {
            return local.retryAfter(key);
        }
        return shared.retryAfter(limit, key, clock.millis());
    }
}
