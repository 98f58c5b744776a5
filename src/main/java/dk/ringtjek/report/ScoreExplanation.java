package dk.ringtjek.report;

import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;


import dk.ringtjek.report.CommunityScore.Label;

/**
 * The figures the page "Sådan beregner vi scoren" shows, read from the constants and settings the
 * score itself uses ({@link CommunityScore}, {@link ReportConfig}), so the explanation cannot drift
 * from the computation. The examples are computed by the same functions as a real number's score.
 */
@ApplicationScoped
public class ScoreExplanation {

    /** One label band on the 0-100 scale, both ends included. */
    public record Band(Label label, int from, int to) {
    }

    /** What a rating is worth before decay. */
    public record RatingValue(Rating rating, String value) {
    }

    /** An example: this many reports of one kind, all new, give this shown score and label. */
    public record Example(int reports, Rating rating, Category category, int percent, Label label) {
    }

    private final ReportConfig config;

    public ScoreExplanation(ReportConfig config) {
        this.config = config;
    }

    public long halfLifeDays() {
        return config.halfLife().toDays();
    }

    public long twoHalfLivesDays() {
        return 2 * halfLifeDays();
    }

    /** The prior weight as people write it: "2", or "1.5". */
    public String priorWeight() {
        return plain(config.priorWeight());
    }

    public List<Band> bands() {
        return List.of(
                new Band(Label.TRUSTWORTHY, CommunityScore.TRUSTWORTHY_FROM, 100),
                new Band(Label.MIXED, CommunityScore.MIXED_FROM, CommunityScore.TRUSTWORTHY_FROM - 1),
                new Band(Label.ANNOYING, CommunityScore.ANNOYING_FROM, CommunityScore.MIXED_FROM - 1),
                new Band(Label.DANGEROUS, 0, CommunityScore.ANNOYING_FROM - 1));
    }

    public List<RatingValue> ratings() {
        return Arrays.stream(Rating.values()).map(rating -> new RatingValue(rating, signed(rating.value()))).toList();
    }

    public List<Category> stronglyNegative() {
        return Arrays.stream(Category.values()).filter(Category::stronglyNegative).toList();
    }

    public String stronglyNegativeValue() {
        return signed(CommunityScore.STRONGLY_NEGATIVE_VALUE);
    }

    public String moderateFrom() {
        return plain(CommunityScore.MODERATE_FROM);
    }

    public String strongFrom() {
        return plain(CommunityScore.STRONG_FROM);
    }

    public List<Example> examples() {
        return List.of(
                example(1, Rating.POSITIVE, Category.CUSTOMER_SERVICE),
                example(1, Rating.NEGATIVE, Category.SALES),
                example(5, Rating.NEGATIVE, Category.SALES),
                example(1, Rating.NEGATIVE, Category.SCAM_PHISHING),
                example(2, Rating.NEGATIVE, Category.WANGIRI));
    }

    private Example example(int reports, Rating rating, Category category) {
        double value = reports * CommunityScore.valueOf(rating, category);
        Double score = CommunityScore.score(value, reports, reports, config.priorWeight());
        return new Example(reports, rating, category, CommunityScore.percent(score), CommunityScore.label(score));
    }

    private static String signed(int value) {
        return value > 0 ? "+" + value : value < 0 ? "\u2212" + -value : "0";
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
