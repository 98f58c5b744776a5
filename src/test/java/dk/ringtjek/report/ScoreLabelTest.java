package dk.ringtjek.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dk.ringtjek.report.CommunityScore.Label;

/** The label bands, at each boundary: the label follows the 0-100 number shown next to it. */
class ScoreLabelTest {

    private static final double PRIOR = 2;
    /** What a day-old report is worth with a half-life of 180 days. */
    private static final double ONE_DAY_OLD = Math.pow(2, -1.0 / 180);

    @ParameterizedTest
    @CsvSource({
        "0, DANGEROUS", "4, DANGEROUS", "5, ANNOYING", "32, ANNOYING", "33, MIXED", "50, MIXED",
        "67, MIXED", "68, TRUSTWORTHY", "100, TRUSTWORTHY"})
    void shouldLabelEachShownScoreByItsBand(int percent, Label label) {
        assertEquals(label, CommunityScore.labelOfPercent(percent));
    }

    @Test
    void shouldLabelTwoPingCallsADayApartDangerousAtZero() {
        double valueSum = -2 * ONE_DAY_OLD - 2;
        double weightSum = ONE_DAY_OLD + 1;
        Double score = CommunityScore.score(valueSum, weightSum, 2, PRIOR);
        assertEquals(0, CommunityScore.percent(score));
        assertEquals(Label.DANGEROUS, CommunityScore.label(score));
    }

    @Test
    void shouldNeverGiveTheSameShownScoreTwoLabels() {
        for (int step = -20_000; step <= 10_000; step++) {
            double score = step / 10_000.0;
            int percent = CommunityScore.percent(score);
            assertEquals(CommunityScore.labelOfPercent(percent), CommunityScore.label(score), "score " + score);
        }
    }

    @Test
    void shouldKeepFiveSalesComplaintsAnnoyingAndOneComplaintMixed() {
        assertEquals(Label.ANNOYING, CommunityScore.label(CommunityScore.score(-5, 5, 5, PRIOR)));
        assertEquals(Label.MIXED, CommunityScore.label(CommunityScore.score(-1, 1, 1, PRIOR)));
    }

    @Test
    void shouldLeaveANumberNobodyRatedUnrated() {
        assertEquals(Label.UNRATED, CommunityScore.label(null));
    }
}
