package dk.ringtjek.number;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dk.ringtjek.verdict.CuratedEntry;
import dk.ringtjek.verdict.VerdictService;

/** Gathers a {@link NumberPage}. Read-only: looking a number up never writes. */
@ApplicationScoped
public class NumberPageService {

    private final NumberFactsService facts;
    private final VerdictService verdicts;

    public NumberPageService(NumberFactsService facts, VerdictService verdicts) {
        this.facts = facts;
        this.verdicts = verdicts;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public NumberPage pageFor(Number number) {
        Optional<PhoneNumber> row = PhoneNumber.findByE164(number.e164());
        Optional<CuratedEntry> curated = row.flatMap(phone -> verdicts.findForNumber(phone.id));
        return new NumberPage(facts.factsOf(number), curated);
    }
}
