package dk.ringtjek.account;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import dk.ringtjek.abuse.AbuseConfig;
import dk.ringtjek.abuse.RateLimiter;
import dk.ringtjek.abuse.RateLimiters;

/**
 * Counts failed logins per account name and per client (a {@link dk.ringtjek.abuse.ClientKey}); once
 * either has used up its allowance, logins are refused, even with the right password, until the
 * window gives failures back. Unknown account names are counted like known ones.
 */
@ApplicationScoped
public class LoginThrottle {

    /** A login attempt: who it claims to be and the key of the client trying. */
    public record Attempt(String username, String clientKey) {
    }

    private final RateLimiter perAccount;
    private final RateLimiter perClient;

    public LoginThrottle(RateLimiters limiters, AbuseConfig config) {
        AbuseConfig.Login login = config.login();
        this.perAccount = limiters.create("login-account", login.maxFailuresPerAccount(), login.window());
        this.perClient = limiters.create("login-client", login.maxFailuresPerClient(), login.window());
    }

    /** How long the attempt must wait, or zero when it may go ahead. */
    public Duration waitBefore(Attempt attempt) {
        Duration account = perAccount.isLimited(attempt.username()) ? perAccount.retryAfter(attempt.username())
                : Duration.ZERO;
        Duration client = perClient.isLimited(attempt.clientKey()) ? perClient.retryAfter(attempt.clientKey())
                : Duration.ZERO;
        return account.compareTo(client) >= 0 ? account : client;
    }

    public void failed(Attempt attempt) {
        perAccount.tryAcquire(attempt.username());
        perClient.tryAcquire(attempt.clientKey());
    }

    /** A successful login forgives the account's earlier failures, not the client's. */
    public void succeeded(Attempt attempt) {
        perAccount.reset(attempt.username());
    }
}
