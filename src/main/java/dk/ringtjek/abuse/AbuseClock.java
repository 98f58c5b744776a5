package dk.ringtjek.abuse;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The clocks rate limits run on; a bean so that tests can replace it and skip ahead. The monotonic one
 * drives the in-memory buckets of one instance; the wall clock the allowances that all instances share
 * in the database ({@link SharedAllowances}), since instances agree on it and not on each other's
 * monotonic clocks. A test that moves one moves both.
 */
@ApplicationScoped
public class AbuseClock {

    public long nanoTime() {
        return System.nanoTime();
    }

    /** Milliseconds since the epoch, as every instance reads them. */
    public long millis() {
        return System.currentTimeMillis();
    }
}
