package dk.ringtjek.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The lookup statistics the number page shows: "looked up N times, M in the last 7 days" and the
 * chart of the last 30 days.
 *
 * @param totalLookups all counted views of the page, ever
 * @param days the last {@value #CHART_DAYS} days, oldest first, today last; days without data are zero
 */
public record NumberStats(long totalLookups, List<DayStat> days) {

    public static final int CHART_DAYS = 30;
    public static final int RECENT_DAYS = 7;

    /** Statistics of a number nobody has looked up yet. */
    public static NumberStats none(LocalDate today) {
        return new NumberStats(0, filled(today, List.of()));
    }

    /** The last {@value #CHART_DAYS} days up to today, with zeros where the database has no row. */
    static List<DayStat> filled(LocalDate today, List<DayStat> rows) {
        List<DayStat> days = new ArrayList<>(CHART_DAYS);
        LocalDate first = today.minusDays(CHART_DAYS - 1L);
        for (int i = 0; i < CHART_DAYS; i++) {
            LocalDate day = first.plusDays(i);
            days.add(rows.stream().filter(row -> row.day().equals(day)).findFirst()
                    .orElse(new DayStat(day, 0, 0)));
        }
        return List.copyOf(days);
    }

    public long lookupsLast7Days() {
        return days.subList(days.size() - RECENT_DAYS, days.size()).stream().mapToLong(DayStat::lookups).sum();
    }

    public long lookupsInChart() {
        return days.stream().mapToLong(DayStat::lookups).sum();
    }

    public long reportsInChart() {
        return days.stream().mapToLong(DayStat::reports).sum();
    }

    public LookupChart chart() {
        return new LookupChart(days);
    }
}
