package dk.ringtjek.account;

import java.time.Duration;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dk.ringtjek.abuse.AbuseConfig;

/**
 * Holds back password guessing without letting anyone lock staff out:
 * <ul>
 * <li>one client guessing one account is refused (429) after {@code max-failures-per-account-and-client}
 * failures for the rest of the window, and a client guessing many accounts after
 * {@code max-failures-per-client};</li>
 * <li>an account is never refused for failures from other clients: from {@code slow-down-after}
 * failures in the window on, every attempt on it waits a growing delay ({@link LoginDelay}), so
 * guessing from many clients stays slow while the owner, from their own client, still logs in.</li>
 * </ul>
 * Unknown account names are counted like known ones. The counts are kept by {@link LoginFailureCounts},
 * shared by all instances: one read to check an attempt, one write to count a failure. Both block: call
 * them off the event loop.
 */
@ApplicationScoped
public class LoginThrottle {

    /** A login attempt: who it claims to be and the key of the client trying. */
    public record Attempt(String username, String clientKey) {

        String accountKey() {
            return "account:" + username;
        }

        String clientKeyOnly() {
            return "client:" + clientKey;
        }

        String pairKey() {
            return "account+client:" + username + "\n" + clientKey;
        }
    }

    /** What happens to an attempt: refused for a while, or let through after an optional delay. */
    public record Decision(Duration refusedFor, Duration delay) {

        public boolean refused() {
            return !refusedFor.isZero();
        }
    }

    private final LoginFailureCounts counts;
    private final int maxPerPair;
    private final int maxPerClient;
    private final LoginDelay delay;

    public LoginThrottle(LoginFailureCounts counts, AbuseConfig config) {
        AbuseConfig.Login login = config.login();
        this.counts = counts;
        this.maxPerPair = login.maxFailuresPerAccountAndClient();
        this.maxPerClient = login.maxFailuresPerClient();
        this.delay = new LoginDelay(login.slowDownAfter(), login.slowDownFirst(), login.slowDownMax());
    }

    public Decision check(Attempt attempt) {
        List<LoginFailureCounts.Window> windows = counts.of(
                List.of(attempt.pairKey(), attempt.clientKeyOnly(), attempt.accountKey()));
        LoginFailureCounts.Window pair = windows.get(0);
        LoginFailureCounts.Window client = windows.get(1);
        Duration refused = Duration.ZERO;
        if (pair.failures() >= maxPerPair) {
            refused = longer(refused, pair.remaining());
        }
        if (client.failures() >= maxPerClient) {
            refused = longer(refused, client.remaining());
        }
        if (!refused.isZero()) {
            return new Decision(refused, Duration.ZERO);
        }
        return new Decision(Duration.ZERO, delay.after(windows.get(2).failures()));
    }

    public void failed(Attempt attempt) {
        counts.add(List.of(attempt.pairKey(), attempt.clientKeyOnly(), attempt.accountKey()));
    }

    /**
     * A successful login forgives this client's failures on the account, not the client's others, and
     * not the account's from elsewhere (an attack on it may still be going on).
     */
    public void succeeded(Attempt attempt) {
        counts.clear(attempt.pairKey());
    }

    private static Duration longer(Duration a, Duration b) {
        Duration at = b.isZero() ? Duration.ofSeconds(1) : b; // refused: always ask to wait a moment at least
        return a.compareTo(at) >= 0 ? a : at;
    }
}
