package dk.ringtjek.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class LookupChartTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 12);

    private final NumberStats stats = new NumberStats(500, NumberStats.filled(TODAY, List.of(
            new DayStat(TODAY.minusDays(40), 300, 0),
            new DayStat(TODAY.minusDays(29), 20, 0),
            new DayStat(TODAY.minusDays(7), 5, 1),
            new DayStat(TODAY.minusDays(6), 3, 0),
            new DayStat(TODAY, 10, 2))));

    @Test
    void shouldCoverTheLast30DaysUpToTodayWithZerosInBetween() {
        assertEquals(30, stats.days().size());
        assertEquals(TODAY.minusDays(29), stats.days().get(0).day());
        assertEquals(TODAY, stats.days().get(29).day());
        assertEquals(38, stats.lookupsInChart());
        assertEquals(3, stats.reportsInChart());
    }

    @Test
    void shouldCountTodayAndTheSixDaysBeforeAsTheLast7Days() {
        assertEquals(13, stats.lookupsLast7Days());
    }

    @Test
    void shouldScaleEachPanelToItsHighestDay() {
        LookupChart chart = stats.chart();
        assertEquals(20, chart.maxLookups());
        assertEquals(2, chart.maxReports());
        assertEquals(4, chart.lookupBars().size());
        LookupChart.Bar highest = chart.lookupBars().get(0);
        assertEquals(TODAY.minusDays(29), highest.day());
        assertEquals(String.valueOf(LookupChart.LOOKUPS_TOP) + ".0", highest.y());
        LookupChart.Bar today = chart.reportBars().get(1);
        assertEquals(TODAY, today.day());
        assertEquals(String.valueOf(LookupChart.REPORTS_TOP) + ".0", today.y());
        assertEquals(String.valueOf(LookupChart.REPORTS_BASE - LookupChart.REPORTS_TOP) + ".0", today.height());
    }

    @Test
    void shouldNameTheBusiestDay() {
        assertEquals(TODAY.minusDays(29), stats.chart().busiestDay().day());
    }
}
