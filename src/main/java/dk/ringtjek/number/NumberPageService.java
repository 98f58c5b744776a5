package dk.ringtjek.number;

import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import dk.ringtjek.i18n.Language;
import dk.ringtjek.report.CrowdQueries;
import dk.ringtjek.report.CrowdView;
import dk.ringtjek.report.Cursor;
import dk.ringtjek.stats.StatsService;
import dk.ringtjek.verdict.CuratedEntry;
import dk.ringtjek.verdict.VerdictService;
import dk.ringtjek.web.SplicedPage;

/** Gathers a {@link NumberPage}. Read-only: looking a number up never writes. */
@ApplicationScoped
public class NumberPageService {

    private final NumberFactsService facts;
    private final VerdictService verdicts;
    private final CrowdQueries crowds;
    private final StatsService stats;
    private final NumberPageCache cache;

    public NumberPageService(NumberFactsService facts, VerdictService verdicts, CrowdQueries crowds,
            StatsService stats, NumberPageCache cache) {
        this.facts = facts;
        this.verdicts = verdicts;
        this.crowds = crowds;
        this.stats = stats;
        this.cache = cache;
    }

    /**
     * The newest page of a number in a language, from {@link NumberPageCache} when it is there, else
     * gathered and given to {@code render} (and then cached).
     */
    public SplicedPage newestPage(Number number, Language language, Function<NumberPage, SplicedPage> render) {
        return cache.get(number.e164(), language, () -> {
            Optional<PhoneNumber> row = PhoneNumber.findByE164(number.e164());
            return new NumberPageCache.Built(render.apply(pageFor(number, row, null)),
                    row.map(phone -> phone.pageVersion).orElse(-1L));
        });
    }

    /** The page of a number, with the page of reports before {@code before} (null: the newest). */
    public NumberPage pageFor(Number number, Cursor before) {
        return pageFor(number, PhoneNumber.findByE164(number.e164()), before);
    }

    private NumberPage pageFor(Number number, Optional<PhoneNumber> row, Cursor before) {
        Optional<CuratedEntry> curated = row.flatMap(phone -> verdicts.findForNumber(phone.id));
        CrowdView crowd = row.map(phone -> crowds.crowdOf(phone, before)).orElseGet(CrowdQueries::empty);
        return new NumberPage(facts.factsOf(number), curated, crowd, stats.statsFor(number.e164()));
    }
}
