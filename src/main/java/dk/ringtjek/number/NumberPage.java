package dk.ringtjek.number;

import java.util.Locale;
import java.util.Optional;

import dk.ringtjek.history.NumberHistory;
import dk.ringtjek.i18n.MessageExtensions;
import dk.ringtjek.owner.OwnerView;
import dk.ringtjek.report.CrowdView;
import dk.ringtjek.stats.NumberStats;
import dk.ringtjek.verdict.CuratedEntry;
import dk.ringtjek.verdict.Verdict;
import dk.ringtjek.verdict.ShownEntry;

/**
 * Everything the number page shows, gathered before rendering so that the template runs no query.
 *
 * @param facts what the number itself tells
 * @param curated the editors' official information, if any
 * @param crowd the reports and the community score, shown next to (never mixed into) the official part
 * @param stats how often the page was looked up, and the 30-day chart
 * @param history the weeks, waves, call times and verdicts over time
 * @param owner what the number's verified owner says (owner package)
 */
public record NumberPage(NumberFacts facts, Optional<CuratedEntry> curated, CrowdView crowd, NumberStats stats,
        NumberHistory history, OwnerView owner) {

    /** A page without a history (a number nobody has reported) and nothing from a verified owner. */
    public NumberPage(NumberFacts facts, Optional<CuratedEntry> curated, CrowdView crowd, NumberStats stats) {
        this(facts, curated, crowd, stats, NumberHistory.NONE, OwnerView.NONE);
    }

    public boolean hasCurated() {
        return curated.isPresent();
    }

    public CuratedEntry entry() {
        return curated.orElse(null);
    }

    /**
     * Message key of the one line that tells a caller what to do now: the editors' verdict when there
     * is one, else what the community score says, else general advice for an unknown number.
     */
    public String adviceKey() {
        if (curated.isPresent() && curated.get().verdict != Verdict.UNKNOWN) {
            return "number.advice." + curated.get().verdict.name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
        return switch (crowd.label()) {
            case DANGEROUS -> "number.advice.crowd-dangerous";
            case ANNOYING -> "number.advice.crowd-annoying";
            default -> "number.advice.unknown";
        };
    }

    /** Whether nobody has said anything about the number yet: no official entry and no report. */
    public boolean unknown() {
        return curated.isEmpty() && crowd.reportCount() == 0 && crowd.reports().isEmpty() && crowd.held() == 0;
    }

    /** The page title: the number and, where known, its owner (in the language being rendered). */
    public String ownerName() {
        return curated.map(entry -> ShownEntry.of(entry, MessageExtensions.language()).ownerName()).orElse(null);
    }
}
