package dk.ringtjek.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Counts page views in memory, so that the number page's read path never writes to the database;
 * {@link LookupFlusher} drains the counts every few seconds.
 * <p>
 * Counting and draining both go through the map's per-key atomic operations ({@code merge} and
 * {@code remove}), so a view counted while a flush runs is either in the drained batch or stays in
 * the map for the next one: never in both, never lost. (A map of LongAdders would be faster under
 * contention, but a thread could increment an adder after it was drained and removed.)
 */
@ApplicationScoped
public class LookupCounter {

    private record Key(String e164, LocalDate day) {
    }

    private static final Comparator<LookupCount> LOCK_ORDER =
            Comparator.comparing(LookupCount::e164).thenComparing(LookupCount::day);

    private final ConcurrentHashMap<Key, Long> pending = new ConcurrentHashMap<>();
    private final StatsClock clock;

    public LookupCounter(StatsClock clock) {
        this.clock = clock;
    }

    /** One view of the number's page, today. */
    public void count(String e164) {
        add(new Key(e164, clock.today()), 1);
    }

    /**
     * Takes every pending count out of memory, sorted by number and day so that two instances
     * flushing at the same moment lock the rows in the same order.
     */
    public List<LookupCount> drain() {
        List<LookupCount> drained = new ArrayList<>();
        for (Key key : pending.keySet()) {
            Long lookups = pending.remove(key);
            if (lookups != null) {
                drained.add(new LookupCount(key.e164(), key.day(), lookups));
            }
        }
        drained.sort(LOCK_ORDER);
        return drained;
    }

    /** Puts counts back after a flush that failed, to be tried again with the next one. */
    public void restore(List<LookupCount> counts) {
        for (LookupCount count : counts) {
            add(new Key(count.e164(), count.day()), count.lookups());
        }
    }

    /** Views of a number counted but not yet flushed, over all days. */
    public long pending(String e164) {
        return pending.entrySet().stream()
                .filter(entry -> entry.getKey().e164().equals(e164))
                .mapToLong(Map.Entry::getValue)
                .sum();
    }

    private void add(Key key, long lookups) {
        pending.merge(key, lookups, Long::sum);
    }
}
