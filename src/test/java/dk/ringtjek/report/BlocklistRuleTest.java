package dk.ringtjek.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The blocklist's rule in Java; BlocklistMembership applies the same rule in SQL (ApiBlocklistTest). */
class BlocklistRuleTest {

    @Test
    void shouldListANegativeLabelOnlyWithAtLeastModerateConfidenceAndNeverALegitimateNumber() {
        assertTrue(CommunityScore.blocklisted(-0.5, 3, 3, false));
        assertTrue(CommunityScore.blocklisted(-1.5, 12, 12, false), "dangerous");
        assertFalse(CommunityScore.blocklisted(-0.5, 2.99, 3, false), "weak confidence");
        assertFalse(CommunityScore.blocklisted(-0.35, 10, 10, false), "mixed");
        assertFalse(CommunityScore.blocklisted(-1.5, 12, 12, true), "the editors said legitimate");
        assertFalse(CommunityScore.blocklisted(null, 0, 0, false), "unrated");
    }

    @Test
    void shouldWriteTheSameThresholdsIntoTheSqlRule() {
        assertTrue(CommunityScore.BLOCKLIST_SQL.contains("p.score < " + CommunityScore.BLOCKLIST_SCORE_BELOW));
        // the stored score below which the shown 0-100 number is under the mixed band
        assertTrue(CommunityScore.percent(CommunityScore.BLOCKLIST_SCORE_BELOW - 1e-9) < CommunityScore.MIXED_FROM);
        assertTrue(CommunityScore.percent(CommunityScore.BLOCKLIST_SCORE_BELOW + 1e-9) >= CommunityScore.MIXED_FROM);
        assertTrue(CommunityScore.BLOCKLIST_SQL.contains("p.weight_sum >= " + CommunityScore.MODERATE_FROM));
        assertTrue(CommunityScore.BLOCKLIST_SQL.contains("'LEGITIMATE'"));
    }
}
