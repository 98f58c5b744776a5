package dk.ringtjek.abuse;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The site's allowances per client key (AbuseConfig.rate): reports, flags, helpful votes, and a
 * generous one for page views and searches, and one for the open-data API. Each check takes one from the allowance or throws
 * {@link RateLimitedException}.
 */
@ApplicationScoped
public class RateLimits {

    private final RateLimiter reportsShort;
    private final RateLimiter reportsDay;
    private final RateLimiter flags;
    private final RateLimiter votes;
    private final RateLimiter views;
    private final RateLimiter api;
    private final AbuseMetrics metrics;

    public RateLimits(RateLimiters limiters, AbuseConfig config, AbuseMetrics metrics) {
        AbuseConfig.Rate rate = config.rate();
        this.reportsShort = limiters.create("reports", rate.reportsPerWindow(), rate.reportsWindow());
        this.reportsDay = limiters.create("reports-day", rate.reportsPerDay(), Duration.ofDays(1));
        this.flags = limiters.create("flags", rate.flagsPerHour(), Duration.ofHours(1));
        this.votes = limiters.create("votes", rate.votesPerHour(), Duration.ofHours(1));
        this.views = limiters.create("views", rate.viewsPerMinute(), Duration.ofMinutes(1));
        this.api = limiters.create("api", rate.apiPerMinute(), Duration.ofMinutes(1));
        this.metrics = metrics;
    }

    /** Before a new report; both the short and the daily allowance must have room. */
    public void report(String clientKey) {
        check(reportsDay, clientKey);
        if (!reportsShort.tryAcquire(clientKey)) {
            refuse(reportsShort, clientKey);
        }
        reportsDay.tryAcquire(clientKey);
    }

    public void flag(String clientKey) {
        take(flags, clientKey);
    }

    public void vote(String clientKey) {
        take(votes, clientKey);
    }

    public void view(String clientKey) {
        take(views, clientKey);
    }

    /** A request to the open-data API. */
    public void api(String clientKey) {
        take(api, clientKey);
    }

    private void take(RateLimiter limiter, String key) {
        if (!limiter.tryAcquire(key)) {
            refuse(limiter, key);
        }
    }

    private void check(RateLimiter limiter, String key) {
        if (limiter.isLimited(key)) {
            refuse(limiter, key);
        }
    }

    private void refuse(RateLimiter limiter, String key) {
        metrics.rateLimited(limiter.name());
        throw new RateLimitedException(limiter.name(), limiter.retryAfter(key));
    }
}
