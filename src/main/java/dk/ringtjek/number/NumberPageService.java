package dk.ringtjek.number;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

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

    public NumberPageService(NumberFactsService facts, VerdictService verdicts, CrowdQueries crowds,
            StatsService stats) {
        this.facts = facts;
        this.verdicts = verdicts;
        this.crowds = crowds;
        this.stats = stats;
    }

    /** The page of a number, with the page of reports before {@code before} (null: the newest). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public NumberPage pageFor(Number number, Cursor before) {
        Optional<PhoneNumber> row = PhoneNumber.findByE164(number.e164());
        Optional<CuratedEntry> curated = row.flatMap(phone -> verdicts.findForNumber(phone.id));
        CrowdView crowd = row.map(phone -> crowds.crowdOf(phone, before)).orElseGet(CrowdQueries::empty);
        return new NumberPage(facts.factsOf(number), curated, crowd, stats.statsFor(number.e164()));
    }
}
