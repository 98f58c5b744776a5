package dk.ringtjek.abuse;

import java.time.Duration;

/** A client used up an allowance; it may try again after {@link #retryAfter()}. */
public class RateLimitedException extends RuntimeException {

    private final String limit;
    private final Duration retryAfter;

    public RateLimitedException(String limit, Duration retryAfter) {
        super("rate limit " + limit);
        this.limit = limit;
        this.retryAfter = retryAfter;
    }

    public String limit() {
        return limit;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds, at least one, for the Retry-After header. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    /** Whole minutes, at least one, for people. */
    public long retryAfterMinutes() {
        return Math.max(1, (retryAfter.toSeconds() + 59) / 60);
    }
}
