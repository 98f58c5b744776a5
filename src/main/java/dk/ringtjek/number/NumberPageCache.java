package dk.ringtjek.number;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import dk.ringtjek.i18n.Language;
import dk.ringtjek.web.SplicedPage;

/**
 * The newest page of each number, rendered and compressed per language ({@link SplicedPage}), kept in
 * memory so that a hot number is served without a query, a template or a compressor. Bounded by
 * bytes, not by count.
 * <p>
 * Freshness: every write that touches a number evicts its pages when its transaction commits, so the
 * next view shows it. The time to live bounds what no eviction reaches (another application
 * instance's writes, the lookup figures, the score's ageing): a page older than that is built again
 * by the first request that finds it, while requests arriving during that rebuild still get the old
 * page instead of all rebuilding it at once. A page nobody has is built once however many ask.
 */
@ApplicationScoped
public class NumberPageCache {

    /** Settings of the number page cache. */
    @ConfigMapping(prefix = "ringtjek.page-cache")
    public interface Config {
        /** How long a cached page may be served; the bound for changes made by other instances. */
        @WithDefault("PT10S")
        Duration ttl();

        /** The compressed bytes all cached pages may take together. */
        @WithDefault("48M")
        MemorySize maxSize();
    }

    /** A number's page in one language. */
    private record Key(String e164, Language language) {
    }

    /** A page, when the data it shows was read, and whether a request is building its successor. */
    private record Entry(SplicedPage page, long readAtMillis, AtomicBoolean rebuilding) {
        Entry(SplicedPage page, long readAtMillis) {
            this(page, readAtMillis, new AtomicBoolean());
        }
    }

    private final Cache<Key, Entry> pages;
    private final long ttlMillis;
    private final Clock clock;
    private final TransactionSynchronizationRegistry transactions;

    public NumberPageCache(Config config, Clock clock, TransactionSynchronizationRegistry transactions) {
        this.pages = Caffeine.newBuilder()
                .maximumWeight(config.maxSize().asLongValue())
                .weigher((Key key, Entry entry) -> entry.page().weight())
                .build();
        this.ttlMillis = config.ttl().toMillis();
        this.clock = clock;
        this.transactions = transactions;
    }

    /** The cached page of a number in a language, or the one {@code load} builds (then cached). */
    public SplicedPage get(String e164, Language language, Supplier<SplicedPage> load) {
        Key key = new Key(e164, language);
        // absent: one request builds it, any others asking meanwhile wait for that one
        Entry entry = pages.get(key, absent -> build(load));
        if (clock.millis() - entry.readAtMillis() < ttlMillis || !entry.rebuilding().compareAndSet(false, true)) {
            return entry.page();
        }
        Entry fresh;
        try {
            fresh = build(load);
        } catch (RuntimeException e) {
            entry.rebuilding().set(false); // the next request tries again
            throw e;
        }
        // only in place of the very entry found: if a write evicted it meanwhile, this page may predate
        // that write and is not kept
        pages.asMap().replace(key, entry, fresh);
        return fresh.page();
    }

    private Entry build(Supplier<SplicedPage> load) {
        long readAt = clock.millis();
        return new Entry(load.get(), readAt);
    }

    /**
     * Forgets a number's pages now and again when the current transaction ends. A page being built
     * while the transaction commits is removed once it is in (Caffeine waits for the build), so no
     * reader can put back the state from before the commit.
     */
    public void evict(String e164) {
        forget(e164);
        if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    forget(e164);
                }
            });
        }
    }

    private void forget(String e164) {
        for (Language language : Language.values()) {
            pages.invalidate(new Key(e164, language));
        }
    }
}
