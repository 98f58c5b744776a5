package dk.ringtjek.support;

import java.time.Duration;

import dk.ringtjek.abuse.AbuseClock;

/**
 * The limits' clock standing still until a test moves it, for limiters a test builds by hand (two
 * "instances" on one database). Both its clocks move together.
 */
public class ManualAbuseClock extends AbuseClock {

    private volatile long nanos = System.nanoTime();
    private volatile long millis = System.currentTimeMillis();

    public synchronized void advance(Duration by) {
        nanos += by.toNanos();
        millis += by.toMillis();
    }

    @Override
    public long nanoTime() {
        return nanos;
    }

    @Override
    public long millis() {
        return millis;
    }
}
