package dk.ringtjek.number;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The first page of each number's view model, kept in memory so that a hot number is served
 * without a query. Every write that touches a number evicts it when its transaction commits; the
 * time to live bounds how stale another application instance's copy can be.
 */
@ApplicationScoped
public class NumberPageCache {

    /** Settings of the number page cache. */
    @ConfigMapping(prefix = "ringtjek.page-cache")
    public interface Config {
        /** How long a cached page may be served; the bound for changes made by other instances. */
        @WithDefault("PT10S")
        Duration ttl();

        @WithDefault("20000")
        long maxNumbers();
    }

    private final Cache<String, NumberPage> pages;
    // counts evictions, so that a page built while a write happened is not put back afterwards
    private final AtomicLong evictions = new AtomicLong();
    private final TransactionSynchronizationRegistry transactions;

    public NumberPageCache(Config config, TransactionSynchronizationRegistry transactions) {
        this.pages = Caffeine.newBuilder()
                .expireAfterWrite(config.ttl())
                .maximumSize(config.maxNumbers())
                .build();
        this.transactions = transactions;
    }

    /**
     * The cached page of a number, or the one {@code load} builds (then cached). The load runs
     * outside the cache's locks: two requests may build the same page at once, but no request ever
     * waits for another one's database round trips.
     */
    public NumberPage get(String e164, Supplier<NumberPage> load) {
        NumberPage cached = pages.getIfPresent(e164);
        if (cached != null) {
            return cached;
        }
        long generation = evictions.get();
        NumberPage loaded = load.get();
        if (evictions.get() == generation) {
            pages.put(e164, loaded); // not when a write evicted meanwhile: the page may predate it
        }
        return loaded;
    }

    /**
     * Forgets a number's page now and again when the current transaction ends, so that no reader
     * can put back the state from before the commit.
     */
    public void evict(String e164) {
        evictions.incrementAndGet();
        pages.invalidate(e164);
        if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    evictions.incrementAndGet();
                    pages.invalidate(e164);
                }
            });
        }
    }
}
