package dk.ringtjek.number;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dk.ringtjek.stats.StatsService;
import dk.ringtjek.verdict.CuratedEntry;
import dk.ringtjek.verdict.VerdictService;

/** Gathers a {@link NumberPage}. Read-only: looking a number up never writes. */
@ApplicationScoped
public class NumberPageService {

    private final NumberFactsService facts;
    private final VerdictService verdicts;
    private final StatsService stats;

    public NumberPageService(NumberFactsService facts, VerdictService verdicts, StatsService stats) {
        this.facts = facts;
        this.verdicts = verdicts;
        this.stats = stats;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public NumberPage pageFor(Number number) {
        Optional<PhoneNumber> row = PhoneNumber.findByE164(number.e164());
        Optional<CuratedEntry> curated = row.flatMap(phone -> verdicts.findForNumber(phone.id));
        return new NumberPage(facts.factsOf(number), curated, stats.statsFor(number.e164()));
    }
}
