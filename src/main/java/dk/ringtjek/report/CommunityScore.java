package dk.ringtjek.report;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * How the community score is computed: the one place to read it.
 *
 * <ul>
 * <li>Each report has a value: praise +1, neutral 0, complaint -1; scam categories -2 whatever the
 * rating said ({@link #valueOf}).</li>
 * <li>Only each author's latest visible report on a number counts; held and hidden ones do not.</li>
 * <li>A report's weight halves every half-life (default 180 days): w = 2^(-age / half-life).</li>
 * <li>The score is a Bayesian average towards neutral: score = sum(w * v) / (prior + sum(w)), so a
 * few reports cannot make an extreme score. It lies between -2 and 1.</li>
 * <li>The stored sums are decayed to a reference time; moving them to a later time multiplies both
 * by the same factor ({@link #decayFactor}), which is what the hourly job and every write do.</li>
 * <li>The open-data blocklist lists a number whose label is annoying or dangerous with at least
 * moderate confidence, unless the editors' verdict says it is legitimate ({@link #blocklisted}; the
 * same rule in SQL is {@link #BLOCKLIST_SQL}, used by {@link BlocklistMembership}).</li>
 * </ul>
 * How the score and the counts move over the weeks (waves, busy weeks) is read by {@link TrendRules}.
 */
public final class CommunityScore {

    /**
     * Score bands, read from the 0-100 number people see (so the label can never contradict it: 0/100
     * is always the worst band); UNRATED when nobody's report counts.
     */
    public enum Label {
        TRUSTWORTHY, MIXED, ANNOYING, DANGEROUS, UNRATED;

        public String messageKey() {
            return "score.label." + name().toLowerCase(Locale.ROOT);
        }

        public boolean negative() {
            return this == ANNOYING || this == DANGEROUS;
        }

        /** The CSS modifier of the label's colours (score-dangerous, ...). */
        public String cssName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** How much the score can be trusted, from the total (decayed) weight behind it. */
    public enum Strength {
        NONE, WEAK, MODERATE, STRONG;

        public String messageKey() {
            return "score.strength." + name().toLowerCase(Locale.ROOT);
        }
    }

    /** Lowest shown score (0-100) labelled trustworthy, mixed and annoying; below ANNOYING_FROM is dangerous. */
    public static final int TRUSTWORTHY_FROM = 68;
    public static final int MIXED_FROM = 33;
    public static final int ANNOYING_FROM = 5;

    /** The value of a strongly negative category (scams, ping calls) whatever the rating. */
    public static final int STRONGLY_NEGATIVE_VALUE = -2;
    /** Below this total weight a score is weak, below {@link #STRONG_FROM} moderate. */
    public static final double MODERATE_FROM = 3;
    public static final double STRONG_FROM = 10;

    /** The least confidence a negative label needs before the number goes on the blocklist. */
    public static final Strength BLOCKLIST_STRENGTH = Strength.MODERATE;

    /**
     * {@link #blocklisted} as an SQL condition on the number's row {@code p} (phone_number) and its
     * official entry {@code c} (curated_entry, left joined): the blocklist's membership table follows it.
     * A stored score below this shows under {@link #MIXED_FROM} on the 0-100 scale ({@link #percent}).
     */
    public static final double BLOCKLIST_SCORE_BELOW = (MIXED_FROM - 0.5) / 50.0 - 1;
    public static final String BLOCKLIST_SQL = "(p.people_count > 0 and p.score < " + BLOCKLIST_SCORE_BELOW
            + " and p.weight_sum >= " + MODERATE_FROM + " and c.verdict is distinct from 'LEGITIMATE')";

    private CommunityScore() {
    }

    /** A report's value before decay. */
    public static short valueOf(Rating rating, Category category) {
        return (short) (category.stronglyNegative() ? STRONGLY_NEGATIVE_VALUE : rating.value());
    }

    /** 2^(-elapsed / half-life): what a weight at time {@code from} is worth at time {@code to}. */
    public static double decayFactor(Instant from, Instant to, Duration halfLife) {
        double elapsed = Duration.between(from, to).toNanos() / 1e9;
        return Math.pow(2, -elapsed / halfLife.toSeconds());
    }

    /** The score from the decayed sums, or null when nothing counts. */
    public static Double score(double valueSum, double weightSum, int people, double priorWeight) {
        if (people <= 0) {
            return null;
        }
        return valueSum / (priorWeight + weightSum);
    }

    public static Label label(Double score) {
        return score == null ? Label.UNRATED : labelOfPercent(percent(score));
    }

    /** The label of a shown score (0-100). */
    public static Label labelOfPercent(int percent) {
        if (percent >= TRUSTWORTHY_FROM) {
            return Label.TRUSTWORTHY;
        }
        if (percent >= MIXED_FROM) {
            return Label.MIXED;
        }
        if (percent >= ANNOYING_FROM) {
            return Label.ANNOYING;
        }
        return Label.DANGEROUS;
    }

    /** The score on the 0-100 scale people see (scores below -1 show as 0). */
    public static int percent(Double score) {
        if (score == null) {
            return 50;
        }
        double clamped = Math.max(-1, Math.min(1, score));
        return (int) Math.round((clamped + 1) * 50);
    }

    public static Strength strength(double weightSum, int people) {
        if (people == 0) {
            return Strength.NONE;
        }
        if (weightSum < MODERATE_FROM) {
            return Strength.WEAK;
        }
        return weightSum < STRONG_FROM ? Strength.MODERATE : Strength.STRONG;
    }

    /**
     * Whether a number belongs on the blocklist: annoying or dangerous, at least {@link #BLOCKLIST_STRENGTH}
     * sure, and not declared legitimate by the editors (their word beats the crowd's).
     */
    public static boolean blocklisted(Double score, double weightSum, int people, boolean curatedLegitimate) {
        return !curatedLegitimate && label(score).negative()
                && strength(weightSum, people).compareTo(BLOCKLIST_STRENGTH) >= 0;
    }
}
