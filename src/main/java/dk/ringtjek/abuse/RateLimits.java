package dk.ringtjek.abuse;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The site's allowances per client key (AbuseConfig.rate), the same however many application
 * instances answer: reports, flags and helpful votes exact ({@link ExactAllowance}), page views and
 * searches and the open-data API batched, with at most about one flush interval of overshoot per
 * instance ({@link BatchedAllowance}). Each check takes one from the allowance or throws
 * {@link RateLimitedException}.
 */
@ApplicationScoped
public class RateLimits {

    private final ExactAllowance reportsShort;
    private final ExactAllowance reportsDay;
    private final ExactAllowance flags;
    private final ExactAllowance votes;
    private final BatchedAllowance views;
    private final BatchedAllowance api;
    private final AbuseMetrics metrics;

    public RateLimits(RateLimiters limiters, AbuseConfig config, AbuseMetrics metrics) {
        AbuseConfig.Rate rate = config.rate();
        this.reportsShort = limiters.exact("reports", rate.reportsPerWindow(), rate.reportsWindow());
        this.reportsDay = limiters.exact("reports-day", rate.reportsPerDay(), Duration.ofDays(1));
        this.flags = limiters.exact("flags", rate.flagsPerHour(), Duration.ofHours(1));
        this.votes = limiters.exact("votes", rate.votesPerHour(), Duration.ofHours(1));
        this.views = limiters.batched("views", rate.viewsPerMinute(), Duration.ofMinutes(1));
        this.api = limiters.batched("api", rate.apiPerMinute(), Duration.ofMinutes(1));
        this.metrics = metrics;
    }

    /** Before a new report; both the short and the daily allowance must have room, and both are taken. */
    public void report(String clientKey) {
        take(reportsDay, clientKey);
        if (!reportsShort.tryAcquire(clientKey)) {
            reportsDay.giveBack(clientKey);
            refuse(reportsShort, clientKey);
        }
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

    /** What the batched allowances let through since they were last added to the shared count. */
    List<SharedAllowances.Debit> unflushed() {
        List<SharedAllowances.Debit> debits = new ArrayList<>(views.unflushed());
        debits.addAll(api.unflushed());
        return debits;
    }

    /** The unflushed debits were added; what the shared buckets had left afterwards. */
    void flushed(Map<SharedAllowances.Debit, Double> left, long atMillis) {
        views.flushed(left, atMillis);
        api.flushed(left, atMillis);
    }

    private void take(Allowance allowance, String key) {
        if (!allowance.tryAcquire(key)) {
            refuse(allowance, key);
        }
    }

    private void refuse(Allowance allowance, String key) {
        metrics.rateLimited(allowance.name());
        throw new RateLimitedException(allowance.name(), allowance.retryAfter(key));
    }
}
