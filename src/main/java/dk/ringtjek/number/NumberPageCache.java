package dk.ringtjek.number;

import java.time.Duration;
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
        @WithDefault("PT1S")
        Duration ttl();

        @WithDefault("20000")
        long maxNumbers();
    }

    private final Cache<String, NumberPage> pages;
    private final TransactionSynchronizationRegistry transactions;

    public NumberPageCache(Config config, TransactionSynchronizationRegistry transactions) {
        this.pages = Caffeine.newBuilder()
                .expireAfterWrite(config.ttl())
                .maximumSize(config.maxNumbers())
                .build();
        this.transactions = transactions;
    }

    /** The cached page of a number, or the one {@code load} builds (then cached). */
    public NumberPage get(String e164, Supplier<NumberPage> load) {
        return pages.get(e164, key -> load.get());
    }

    /**
     * Forgets a number's page now and again when the current transaction ends, so that no reader
     * can put back the state from before the commit.
     */
    public void evict(String e164) {
        pages.invalidate(e164);
        if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    pages.invalidate(e164);
                }
            });
        }
    }
}
