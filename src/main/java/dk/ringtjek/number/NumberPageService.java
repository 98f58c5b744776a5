package dk.ringtjek.number;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.jpa.HibernateHints;

import dk.ringtjek.history.HistoryService;
import dk.ringtjek.history.NumberHistory;
import dk.ringtjek.owner.OwnerQueries;
import dk.ringtjek.owner.OwnerView;
import dk.ringtjek.report.CrowdQueries;
import dk.ringtjek.report.CrowdView;
import dk.ringtjek.report.Cursor;
import dk.ringtjek.replica.ReadRouting;
import dk.ringtjek.stats.StatsService;
import dk.ringtjek.verdict.CuratedEntry;
import dk.ringtjek.web.RenderedPage;

/**
 * Gathers a {@link NumberPage}. Read-only: looking a number up never writes. Pages may lag a few
 * seconds, so they are read where {@link ReadRouting} says (the replica while it is fresh); the page
 * version goes with the data it was read with, so a page from a lagging replica is never taken for a
 * newer one.
 */
@ApplicationScoped
public class NumberPageService {

    private final NumberFactsService facts;
    private final ReadRouting reads;
    private final CrowdQueries crowds;
    private final StatsService stats;
    private final NumberPageCache cache;
    private final HistoryService history;
    private final OwnerQueries owners;

    public NumberPageService(NumberFactsService facts, ReadRouting reads, CrowdQueries crowds,
            StatsService stats, NumberPageCache cache, HistoryService history, OwnerQueries owners) {
        this.owners = owners;
        this.facts = facts;
        this.reads = reads;
        this.crowds = crowds;
        this.stats = stats;
        this.cache = cache;
        this.history = history;
    }

    /**
     * The newest page of a number in a form (a language's page, the API's answer), from
     * {@link NumberPageCache} when it is there, else gathered and given to {@code render} (and then cached).
     */
    public RenderedPage newestPage(Number number, PageForm form, Function<NumberPage, RenderedPage> render) {
        return cache.get(number.e164(), form, () -> reads.mayLag(() -> {
            Stored stored = stored(number);
            NumberPage page = form.summaryOnly() ? summaryFor(number, stored) : pageFor(number, stored, null);
            return new NumberPageCache.Built(render.apply(page),
                    stored.row().map(phone -> phone.pageVersion).orElse(-1L));
        }));
    }

    /** The page of a number, with the page of reports before {@code before} (null: the newest). */
    public NumberPage pageFor(Number number, Cursor before) {
        return reads.mayLag(() -> pageFor(number, stored(number), before));
    }

    /** The newest page from the primary: for a visitor who has just changed it, never from a replica. */
    public NumberPage pageOnPrimary(Number number) {
        return pageFor(number, stored(number), null);
    }

    /** A number's row, if it is stored, and its official entry, if it has one. */
    private record Stored(Optional<PhoneNumber> row, Optional<CuratedEntry> curated) {
    }

    /** Both in one round trip, read-only (nothing here is ever written back). */
    private Stored stored(Number number) {
        List<Object[]> rows = reads.em().createQuery("""
                select p, c from PhoneNumber p left join CuratedEntry c on c.numberId = p.id
                where p.e164 = :e164""", Object[].class)
                .setParameter("e164", number.e164())
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultList();
        return rows.isEmpty() ? new Stored(Optional.empty(), Optional.empty())
                : new Stored(Optional.of((PhoneNumber) rows.get(0)[0]),
                        Optional.ofNullable((CuratedEntry) rows.get(0)[1]));
    }

    /** The summary forms' page: the score without reports, no history, nothing from the owner. */
    private NumberPage summaryFor(Number number, Stored stored) {
        CrowdView crowd = stored.row().map(crowds::summaryOf).orElseGet(CrowdQueries::empty);
        return new NumberPage(facts.factsOf(number), stored.curated(), crowd, stats.statsFor(number.e164()));
    }

    private NumberPage pageFor(Number number, Stored stored, Cursor before) {
        Optional<PhoneNumber> row = stored.row();
        Optional<CuratedEntry> curated = stored.curated();
        CrowdView crowd = row.map(phone -> crowds.crowdOf(phone, before)).orElseGet(CrowdQueries::empty);
        NumberHistory story = row.map(phone -> history.historyOf(phone, curated.map(entry -> entry.id).orElse(null)))
                .orElse(NumberHistory.NONE);
        OwnerView owner = row.map(phone -> owners.viewOf(phone.id)).orElse(OwnerView.NONE);
        return new NumberPage(facts.factsOf(number), curated, crowd, stats.statsFor(number.e164()), story, owner);
    }
}
