package dk.ringtjek.abuse;

import jakarta.enterprise.context.ApplicationScoped;

/** The monotonic clock rate limits run on; a bean so that tests can replace it and skip ahead. */
@ApplicationScoped
public class AbuseClock {

    public long nanoTime() {
        return System.nanoTime();
    }
}
