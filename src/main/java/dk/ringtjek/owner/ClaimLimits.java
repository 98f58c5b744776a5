package dk.ringtjek.owner;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import dk.ringtjek.abuse.ExactAllowance;
import dk.ringtjek.abuse.RateLimitedException;
import dk.ringtjek.abuse.RateLimiters;

/**
 * How many claims, appeals and owner requests one client may send (OwnerConfig): each sends an
 * e-mail or fills an editor's or a moderator's queue, so the allowance is small, and exact across all
 * instances ({@link ExactAllowance}): with three instances behind the proxy it is still five, not fifteen.
 */
@ApplicationScoped
public class ClaimLimits {

    private final ExactAllowance claims;

    public ClaimLimits(RateLimiters limiters, OwnerConfig config) {
        this.claims = limiters.exact("owner-claims", config.claimsPerHour(), Duration.ofHours(1));
    }

    /** Takes one from the client's allowance, or throws {@link RateLimitedException}. */
    public void claim(String clientKey) {
        if (!claims.tryAcquire(clientKey)) {
            throw new RateLimitedException(claims.name(), claims.retryAfter(clientKey));
        }
    }
}
