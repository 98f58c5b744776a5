package dk.ringtjek.abuse;

import java.time.Duration;

/**
 * One of the site's allowances per client key (reports, flags, votes, views, API), counted across all
 * application instances: {@link ExactAllowance} in the database at every check, {@link BatchedAllowance}
 * in memory and added to the database about once a second, for the hot path.
 */
public interface Allowance {

    String name();

    /** Takes one from the key's allowance; false when it is used up (and nothing is taken). */
    boolean tryAcquire(String key);

    /** How long until the key may act again; zero when it may now. Asked only after a refusal. */
    Duration retryAfter(String key);
}
