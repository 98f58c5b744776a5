package dk.ringtjek.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dk.ringtjek.config.RingtjekConfig;
import dk.ringtjek.number.InvalidNumberException;
import dk.ringtjek.number.Number;
import dk.ringtjek.number.NumberFacts;
import dk.ringtjek.number.NumberNormaliser;
import dk.ringtjek.number.NumberPage;
import dk.ringtjek.number.NumberPageService;
import dk.ringtjek.number.PageForm;
import dk.ringtjek.owner.PrivateNumbers;
import dk.ringtjek.replica.ReadRouting;
import dk.ringtjek.report.CrowdQueries;
import dk.ringtjek.report.Cursor;
import dk.ringtjek.stats.NumberStats;
import dk.ringtjek.web.RenderedPage;

/**
 * The number endpoints of the API, built from the same readers as the number page (NumberPageService,
 * CrowdQueries): read-only, nothing recomputed, read where {@link ReadRouting} says (a fresh replica). Any spelling of any country's number is accepted; the
 * one normaliser decides.
 */
@ApplicationScoped
public class NumberApiService {

    private final NumberNormaliser normaliser;
    private final NumberPageService pages;
    private final CrowdQueries crowds;
    private final ReadRouting reads;
    private final PrivateNumbers privateNumbers;
    private final ApiConfig config;
    private final ObjectMapper json;
    private final String baseUrl;

    public NumberApiService(NumberNormaliser normaliser, NumberPageService pages, CrowdQueries crowds,
            ReadRouting reads, PrivateNumbers privateNumbers, ApiConfig config, ObjectMapper json,
            RingtjekConfig ringtjek) {
        this.json = json;
        this.privateNumbers = privateNumbers;
        this.normaliser = normaliser;
        this.pages = pages;
        this.crowds = crowds;
        this.reads = reads;
        this.config = config;
        this.baseUrl = ringtjek.baseUrl().replaceAll("/+$", "");
    }

    /**
     * The number's answer as JSON, kept with the number's pages ({@link PageForm#API_ANSWER}) and
     * forgotten with them when the number changes; a valid number nobody wrote about has empty crowd data.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RenderedPage numberOf(String input) {
        Number number = parse(input);
        return pages.newestPage(number, PageForm.API_ANSWER, page -> RenderedPage.json(json(answerOf(number, page))));
    }

    private String json(NumberAnswer answer) {
        try {
            return json.writeValueAsString(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An answer that cannot be written: " + answer.e164(), e);
        }
    }

    private NumberAnswer answerOf(Number number, NumberPage page) {
        NumberStats stats = page.stats();
        return new NumberAnswer(number.e164(), normaliser.national(number), normaliser.international(number),
                baseUrl + number.canonicalPath(), facts(page.facts()),
                page.curated().map(CuratedAnswer::of).orElse(null), CommunityAnswer.of(page.crowd()),
                new NumberAnswer.Lookups(stats.totalLookups(), stats.lookupsLast7Days(), stats.lookupsInChart()));
    }

    /** A page of the number's reports before {@code cursor}; hidden and held ones as stubs. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ReportsAnswer reportsOf(String input, String cursor, Integer limit) {
        Number number = parse(input);
        int size = limit == null ? config.reportsDefaultLimit() : limit;
        if (size < 1 || size > config.reportsMaxLimit()) {
            throw ApiProblem.badRequest("invalid-parameter", "Invalid parameter",
                    "limit must be between 1 and " + config.reportsMaxLimit() + ".", null);
        }
        Cursor before = cursor == null || cursor.isEmpty() ? null
                : Cursor.parse(cursor).orElseThrow(() -> ApiProblem.badRequest("invalid-parameter",
                        "Invalid parameter", "cursor is not one this API gave out.", null));
        CrowdQueries.ReportPage page = reads.mayLag(() -> reads.em()
                .createQuery("select p.id from PhoneNumber p where p.e164 = :e164", Long.class)
                .setParameter("e164", number.e164()).getResultStream().findFirst()
                // a private number (owner package) shows only its aggregate, here as on its page
                .map(id -> privateNumbers.isPrivate(id) ? new CrowdQueries.ReportPage(java.util.List.of(), null)
                        : crowds.reportsOf(id, before, size, true))
                .orElseGet(() -> new CrowdQueries.ReportPage(java.util.List.of(), null)));
        return new ReportsAnswer(number.e164(), page.reports().stream().map(ReportsAnswer.Item::of).toList(),
                page.next() == null ? null : page.next().token());
    }

    private Number parse(String input) {
        try {
            return normaliser.normalise(input);
        } catch (InvalidNumberException e) {
            throw ApiProblem.badRequest("invalid-number", "Not a phone number",
                    ApiTexts.english(e.problem().messageKey()), e.problem().messageKey().substring("number.problem.".length()));
        }
    }

    private static NumberAnswer.Facts facts(NumberFacts facts) {
        String type = facts.typeKey().substring(facts.typeKey().lastIndexOf('.') + 1);
        return new NumberAnswer.Facts(type, ApiTexts.inBothLanguages(facts.typeKey()),
                facts.regionCode().isEmpty() || "001".equals(facts.regionCode()) ? null : facts.regionCode(),
                facts.rangeKey() == null ? null : ApiTexts.inBothLanguages(facts.rangeKey()),
                facts.originalOperator(), facts.area());
    }
}
