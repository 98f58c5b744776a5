package dk.ringtjek.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dk.ringtjek.history.NumberHistory.Wave;
import dk.ringtjek.history.NumberHistory.WeekPoint;
import dk.ringtjek.i18n.Language;
import dk.ringtjek.i18n.Messages;
import dk.ringtjek.report.TrendRules;
import dk.ringtjek.verdict.Verdict;

/** The rules of the story over time, without a database: weeks, waves, and their names. */
class TrendRulesTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 9);

    @Test
    void shouldNameAWeekByItsMondayInDanishTime() {
        // Sunday 23:30 in Copenhagen is still the week of the Monday before; ten minutes later it is not
        assertEquals(MONDAY, TrendRules.weekOf(Instant.parse("2026-03-15T22:30:00Z")));
        assertEquals(MONDAY.plusWeeks(1), TrendRules.weekOf(Instant.parse("2026-03-15T23:10:00Z")));
        assertEquals(Instant.parse("2026-03-15T23:00:00Z"), TrendRules.weekEnd(MONDAY));
    }

    @Test
    void shouldCallAWaveThreeTimesTheUsualAndAtLeastTheMinimum() {
        assertTrue(TrendRules.isWave(TrendRules.WAVE_MIN_COMPLAINTS, 0));
        assertFalse(TrendRules.isWave(TrendRules.WAVE_MIN_COMPLAINTS - 1, 0), "too few to be a wave");
        assertTrue(TrendRules.isWave(9, 3));
        assertFalse(TrendRules.isWave(8, 3), "under three times the usual");
        assertFalse(TrendRules.isWave(2, TrendRules.usual(2 * TrendRules.USUAL_WEEKS)), "a flat history");
    }

    @Test
    void shouldJoinConsecutiveWaveWeeksAndListTheNewestFirst() {
        List<WeekPoint> weeks = new ArrayList<>();
        int[] complaints = {1, 8, 0, 0, 9, 7, 1};
        for (int i = 0; i < complaints.length; i++) {
            weeks.add(new WeekPoint(MONDAY.plusWeeks(i), 0, 0, complaints[i], complaints[i], null, 1, 1));
        }
        List<Wave> waves = Waves.of(weeks);
        assertEquals(2, waves.size());
        assertEquals(new Wave(MONDAY.plusWeeks(4), MONDAY.plusWeeks(5).plusDays(6), 16, false), waves.get(0));
        assertEquals(new Wave(MONDAY.plusWeeks(1), MONDAY.plusWeeks(1).plusDays(6), 8, false), waves.get(1));
    }

    @Test
    void shouldHaveATimelineNameForEveryVerdictInBothLanguages() {
        for (Verdict verdict : Verdict.values()) {
            String key = new NumberHistory.VerdictPeriod(verdict, MONDAY, null).nameKey();
            for (Language language : Language.values()) {
                assertTrue(Messages.has(language, key), key + " in " + language);
            }
        }
    }
}
