package dk.ringtjek.number;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import dk.ringtjek.web.DatabaseOutage;
import dk.ringtjek.web.RenderedPage;

/**
 * The newest page of each number, rendered and compressed per language, and the API's answer about it
 * ({@link PageForm}, each a {@link RenderedPage}), kept in
 * memory so that a page the shared cache in front of us asks for again costs no query, no template and
 * no compressor. Bounded by bytes, not by count.
 * <p>
 * Freshness: every write that touches a number goes through {@link NumberChanges}, which raises the
 * number's page version; when its transaction commits the pages here are forgotten
 * ({@link NumberChanged}), so the next view here shows it. Writes through another application instance
 * arrive the same way a moment after their commit, through PostgreSQL's notification
 * ({@link NumberChangeListener}). In case one was missed, the first request that finds a page older than the time to live asks for the page version
 * (one indexed read) and keeps the page if it has not moved, else builds it again; requests arriving
 * meanwhile get the old page instead of all doing the same. What no version covers (the lookup
 * figures, the score's ageing, "3 days ago") is rebuilt after the maximum age. A page nobody has is
 * built once however many ask.
 */
@ApplicationScoped
public class NumberPageCache {

    /** Settings of the number page cache. */
    @ConfigMapping(prefix = "ringtjek.page-cache")
    public interface Config {
        /** How long a cached page is served unchecked; the bound for other instances' changes whose notification was missed. */
        @WithDefault("PT10S")
        Duration ttl();

        /** How long a page whose version has not moved is kept before it is built again. */
        @WithDefault("PT5M")
        Duration maxAge();

        /** The compressed bytes all cached pages may take together. */
        @WithDefault("32M")
        MemorySize maxSize();

        /** Whether to hear at once of other instances' changes (PostgreSQL LISTEN, {@link NumberChangeListener}). */
        @WithDefault("true")
        boolean listen();
    }

    /** A number's page in one form. */
    private record Key(String e164, PageForm form) {
    }

    /** A page built from the data of one page version (-1: the number was not stored). */
    public record Built(RenderedPage page, long version) {
    }

    /**
     * A page, when it was built and last found current (by the data read or the version asked), and
     * whether a request is checking or building its successor.
     */
    private record Entry(Built built, long builtAtMillis, long checkedAtMillis, AtomicBoolean checking) {
        Entry(Built built, long builtAtMillis, long checkedAtMillis) {
            this(built, builtAtMillis, checkedAtMillis, new AtomicBoolean());
        }
    }

    private final Cache<Key, Entry> pages;
    private final long ttlMillis;
    private final long maxAgeMillis;
    private final Clock clock;
    private final PhoneNumberRepository numbers;

    public NumberPageCache(Config config, Clock clock, PhoneNumberRepository numbers) {
        this.pages = Caffeine.newBuilder()
                .maximumWeight(config.maxSize().asLongValue())
                .weigher((Key key, Entry entry) -> entry.built().page().weight())
                .build();
        this.ttlMillis = config.ttl().toMillis();
        this.maxAgeMillis = config.maxAge().toMillis();
        this.clock = clock;
        this.numbers = numbers;
    }

    /** The cached page of a number in a form, or the one {@code build} builds (then cached). */
    public RenderedPage get(String e164, PageForm form, Supplier<Built> build) {
        Key key = new Key(e164, form);
        // absent: one request builds it, any others asking meanwhile wait for that one
        Entry entry = pages.get(key, absent -> build(build));
        long now = clock.millis();
        if (now - entry.checkedAtMillis() < ttlMillis || !entry.checking().compareAndSet(false, true)) {
            return entry.built().page();
        }
        Entry next;
        try {
            next = now - entry.builtAtMillis() < maxAgeMillis && numbers.pageVersionOf(e164) == entry.built().version()
                    ? new Entry(entry.built(), entry.builtAtMillis(), now)
                    : build(build);
        } catch (RuntimeException e) {
            entry.checking().set(false); // the next request tries again
            if (DatabaseOutage.causedBy(e)) {
                return entry.built().page(); // an older page beats an error page while the database is away
            }
            throw e;
        }
        // only in place of the very entry found: if a write evicted it meanwhile, this page may predate
        // that write and is not kept
        pages.asMap().replace(key, entry, next);
        return next.built().page();
    }

    private Entry build(Supplier<Built> build) {
        long readAt = clock.millis();
        return new Entry(build.get(), readAt, readAt);
    }

    /**
     * Forgets a number's pages once a write to it has committed. A page being built meanwhile is
     * removed once it is in (Caffeine waits for the build), so no reader can put back the state from
     * before the commit.
     */
    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) NumberChanged change) {
        for (PageForm form : PageForm.values()) {
            pages.invalidate(new Key(change.e164(), form));
        }
    }

    /** Forgets every page: changes may have been missed (the listener was disconnected). */
    void forgetAll() {
        pages.invalidateAll();
    }
}
