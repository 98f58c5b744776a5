package dk.ringtjek.account;

import java.time.Duration;

/**
 * Where failed logins are counted, per key (an account, a client, or the two together; the keys are
 * {@link LoginThrottle}'s). Each key's count runs for one window from its first failure and is then
 * forgotten whole. In memory today ({@link InMemoryLoginFailureCounts}); one small interface so that
 * several instances can later share the counts in PostgreSQL.
 */
public interface LoginFailureCounts {

    /** A key's failures in its current window, and how long until they are forgotten. */
    record Window(long failures, Duration remaining) {

        public static final Window NONE = new Window(0, Duration.ZERO);
    }

    Window of(String key);

    /** Counts one more failure for the key, starting its window if it has none. */
    void add(String key);

    /** Forgets the key's failures. */
    void clear(String key);
}
