package dk.ringtjek.number;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.jpa.HibernateHints;

import dk.ringtjek.i18n.Language;
import dk.ringtjek.owner.OwnerQueries;
import dk.ringtjek.owner.OwnerView;
import dk.ringtjek.report.CrowdQueries;
import dk.ringtjek.report.CrowdView;
import dk.ringtjek.report.Cursor;
import dk.ringtjek.stats.StatsService;
import dk.ringtjek.verdict.CuratedEntry;
import dk.ringtjek.web.RenderedPage;

/** Gathers a {@link NumberPage}. Read-only: looking a number up never writes. */
@ApplicationScoped
public class NumberPageService {

    private final NumberFactsService facts;
    private final EntityManager em;
    private final CrowdQueries crowds;
    private final StatsService stats;
    private final NumberPageCache cache;
    private final OwnerQueries owners;

    public NumberPageService(NumberFactsService facts, EntityManager em, CrowdQueries crowds,
            StatsService stats, NumberPageCache cache, OwnerQueries owners) {
        this.owners = owners;
        this.facts = facts;
        this.em = em;
        this.crowds = crowds;
        this.stats = stats;
        this.cache = cache;
    }

    /**
     * The newest page of a number in a language, from {@link NumberPageCache} when it is there, else
     * gathered and given to {@code render} (and then cached).
     */
    public RenderedPage newestPage(Number number, Language language, Function<NumberPage, RenderedPage> render) {
        return cache.get(number.e164(), language, () -> {
            Stored stored = stored(number);
            return new NumberPageCache.Built(render.apply(pageFor(number, stored, null)),
                    stored.row().map(phone -> phone.pageVersion).orElse(-1L));
        });
    }

    /** The page of a number, with the page of reports before {@code before} (null: the newest). */
    public NumberPage pageFor(Number number, Cursor before) {
        return pageFor(number, stored(number), before);
    }

    /** A number's row, if it is stored, and its official entry, if it has one. */
    private record Stored(Optional<PhoneNumber> row, Optional<CuratedEntry> curated) {
    }

    /** Both in one round trip, read-only (nothing here is ever written back). */
    private Stored stored(Number number) {
        List<Object[]> rows = em.createQuery("""
                select p, c from PhoneNumber p left join CuratedEntry c on c.numberId = p.id
                where p.e164 = :e164""", Object[].class)
                .setParameter("e164", number.e164())
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultList();
        return rows.isEmpty() ? new Stored(Optional.empty(), Optional.empty())
                : new Stored(Optional.of((PhoneNumber) rows.get(0)[0]),
                        Optional.ofNullable((CuratedEntry) rows.get(0)[1]));
    }

    private NumberPage pageFor(Number number, Stored stored, Cursor before) {
        Optional<PhoneNumber> row = stored.row();
        Optional<CuratedEntry> curated = stored.curated();
        CrowdView crowd = row.map(phone -> crowds.crowdOf(phone, before)).orElseGet(CrowdQueries::empty);
        OwnerView owner = row.map(phone -> owners.viewOf(phone.id)).orElse(OwnerView.NONE);
        return new NumberPage(facts.factsOf(number), curated, crowd, stats.statsFor(number.e164()), owner);
    }
}
