package dk.ringtjek.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Counts lookups in memory, so that the number page's read path never writes to the database;
 * {@link LookupFlusher} drains the counts every few seconds. A lookup is a distinct visitor: one
 * client adds at most one per number per day ({@link DistinctVisitors}), so reloading a page
 * cannot push a number up the home page's lists.
 * <p>
 * One LongAdder per number and day: a hot number's views do not queue on one lock (a map merge
 * per view did, measured with jstack under wrk). Draining takes each adder's sum and resets it cell
 * by cell atomically, so a view counted while a flush runs is in this batch or the next: never in
 * both, never lost. An adder is only ever removed once its day is two days past, when no request
 * can still be counting on it.
 */
@ApplicationScoped
public class LookupCounter {

    private record Key(String e164, LocalDate day) {
    }

    private static final Comparator<LookupCount> LOCK_ORDER =
            Comparator.comparing(LookupCount::e164).thenComparing(LookupCount::day);

    private final ConcurrentHashMap<Key, LongAdder> pending = new ConcurrentHashMap<>();
    private final StatsClock clock;
    private final DistinctVisitors visitors;

    @Inject
    public LookupCounter(StatsClock clock, StatsConfig config) {
        this(clock, config.visitorsRemembered());
    }

    LookupCounter(StatsClock clock, long visitorsRemembered) {
        this.clock = clock;
        this.visitors = new DistinctVisitors(visitorsRemembered);
    }

    /**
     * One view of the number's page today by the visitor with this key (a keyed hash such as the
     * {@link dk.ringtjek.abuse.ClientKey} of the request, never an address); counted only when it is
     * the visitor's first view of the number today.
     */
    public void count(String e164, String visitorKey) {
        LocalDate today = clock.today();
        if (visitors.firstVisit(visitorKey, e164, today)) {
            add(new Key(e164, today), 1);
        }
    }

    /**
     * Takes every pending count out of memory, sorted by number and day so that two instances
     * flushing at the same moment lock the rows in the same order.
     */
    public List<LookupCount> drain() {
        List<LookupCount> drained = new ArrayList<>();
        LocalDate forgetBefore = clock.today().minusDays(1);
        for (Map.Entry<Key, LongAdder> entry : pending.entrySet()) {
            long lookups = entry.getValue().sumThenReset();
            if (lookups > 0) {
                drained.add(new LookupCount(entry.getKey().e164(), entry.getKey().day(), lookups));
            } else if (entry.getKey().day().isBefore(forgetBefore)) {
                pending.remove(entry.getKey(), entry.getValue());
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
                .mapToLong(entry -> entry.getValue().sum())
                .sum();
    }

    private void add(Key key, long lookups) {
        LongAdder adder = pending.get(key);
        if (adder == null) {
            adder = pending.computeIfAbsent(key, k -> new LongAdder());
        }
        adder.add(lookups);
    }
}
