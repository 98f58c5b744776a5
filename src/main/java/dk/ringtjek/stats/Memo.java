package dk.ringtjek.stats;

import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A value computed at most once per time-to-live and served from memory in between: lists that may be
 * a few seconds old, read by every request. One caller computes while the others wait for its result.
 */
public final class Memo<T> {

    private record Entry<T>(T value, long computedAt) {
    }

    private final Supplier<T> compute;
    private final long ttlNanos;
    private final LongSupplier nanoClock;
    private volatile Entry<T> entry;

    public Memo(Supplier<T> compute, Duration ttl) {
        this(compute, ttl, System::nanoTime);
    }

    Memo(Supplier<T> compute, Duration ttl, LongSupplier nanoClock) {
        this.compute = compute;
        this.ttlNanos = ttl.toNanos();
        this.nanoClock = nanoClock;
    }

    public T get() {
        Entry<T> current = entry;
        if (isFresh(current)) {
            return current.value();
        }
        synchronized (this) {
            current = entry;
            if (isFresh(current)) {
                return current.value();
            }
            T value = compute.get();
            entry = new Entry<>(value, nanoClock.getAsLong());
            return value;
        }
    }

    /** Forgets the value, so the next {@link #get()} computes it again. */
    public void forget() {
        entry = null;
    }

    private boolean isFresh(Entry<T> candidate) {
        return candidate != null && nanoClock.getAsLong() - candidate.computedAt() < ttlNanos;
    }
}
