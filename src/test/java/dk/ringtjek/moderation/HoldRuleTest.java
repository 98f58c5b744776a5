package dk.ringtjek.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HoldRuleTest {

    // the defaults: 3 flags, or 6 once 10 visitors found the report helpful
    private static final HoldRule RULE = new HoldRule(3, 10, 6);

    @Test
    void shouldHoldAReportFewFoundHelpfulAtThreeFlags() {
        assertFalse(RULE.holds(2, 0));
        assertTrue(RULE.holds(3, 0));
        assertFalse(RULE.holds(2, 9));
        assertTrue(RULE.holds(3, 9), "9 helpful votes are not yet many");
        assertEquals(3, RULE.flagsNeeded(9));
    }

    @Test
    void shouldHoldAReportManyFoundHelpfulOnlyAtSixFlags() {
        assertEquals(6, RULE.flagsNeeded(10));
        assertFalse(RULE.holds(3, 10));
        assertFalse(RULE.holds(5, 10));
        assertTrue(RULE.holds(6, 10));
        assertFalse(RULE.holds(5, 500), "no number of votes makes a report harder to hold than the second number");
        assertTrue(RULE.holds(6, 500));
    }

    @Test
    void shouldNeverNeedFewerFlagsForAHelpfulReportThanForAnyOther() {
        HoldRule misconfigured = new HoldRule(4, 10, 2);
        assertEquals(4, misconfigured.flagsNeeded(10));
        assertFalse(misconfigured.holds(3, 10));
    }
}
