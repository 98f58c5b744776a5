package dk.ringtjek.account;

import java.time.Duration;
import java.util.List;

/**
 * Where failed logins are counted, per key (an account, a client, or the two together; the keys are
 * {@link LoginThrottle}'s). Each key's count runs for one window from its first failure and is then
 * forgotten whole. Shared by all application instances ({@link SharedLoginFailureCounts}), so that a
 * client refused on one is refused on all.
 */
public interface LoginFailureCounts {

    /** A key's failures in its current window, and how long until they are forgotten. */
    record Window(long failures, Duration remaining) {

        public static final Window NONE = new Window(0, Duration.ZERO);
    }

    /** The windows of several keys, in their order: one look-up for a login attempt's keys. */
    List<Window> of(List<String> keys);

    /** Counts one more failure for each key, starting its window if it has none. */
    void add(List<String> keys);

    /** Forgets the key's failures. */
    void clear(String key);

    default Window of(String key) {
        return of(List.of(key)).get(0);
    }

    default void add(String key) {
        add(List.of(key));
    }
}
