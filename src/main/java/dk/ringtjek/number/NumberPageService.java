package dk.ringtjek.number;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import dk.ringtjek.report.CrowdQueries;
import dk.ringtjek.report.CrowdView;
import dk.ringtjek.report.Cursor;
import dk.ringtjek.stats.StatsService;
import dk.ringtjek.verdict.CuratedEntry;
import dk.ringtjek.verdict.VerdictService;

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
     * The page of a number, with the page of reports before {@code before} (null: the newest). The
     * newest page comes from {@link NumberPageCache} when it is there.
     */
    public NumberPage pageFor(Number number, Cursor before) {
        return before == null ? cache.get(number.e164(), () -> load(number, null)) : load(number, before);
    }

    NumberPage load(Number number, Cursor before) {
        Optional<PhoneNumber> row = PhoneNumber.findByE164(number.e164());
        Optional<CuratedEntry> curated = row.flatMap(phone -> verdicts.findForNumber(phone.id));
        CrowdView crowd = row.map(phone -> crowds.crowdOf(phone, before)).orElseGet(CrowdQueries::empty);
        return new NumberPage(facts.factsOf(number), curated, crowd, stats.statsFor(number.e164()));
    }
}
