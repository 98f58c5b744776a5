package dk.ringtjek.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * The geometry of the number page's 30-day chart (templates/tags/lookupChart.html), worked out here so
 * the template only places what it is given. Two panels share the days: lookups above, reports below,
 * each scaled to its own highest day. Coordinates are in the SVG's viewBox units.
 */
public final class LookupChart {

    public static final int WIDTH = 320;
    public static final int HEIGHT = 172;
    public static final int LOOKUPS_LABEL_Y = 12;
    public static final int LOOKUPS_TOP = 20;
    public static final int LOOKUPS_BASE = 86;
    public static final int REPORTS_LABEL_Y = 104;
    public static final int REPORTS_TOP = 112;
    public static final int REPORTS_BASE = 146;
    public static final int DATES_Y = 164;
    private static final double BAR_WIDTH = 7.5;
    // a day with a count is never drawn too thin to see
    private static final double MIN_BAR = 1.5;

    /** One drawn bar; coordinates as text with a dot, whatever the page's language. */
    public record Bar(LocalDate day, long value, String x, String y, String width, String height) {
    }

    private final List<DayStat> days;

    LookupChart(List<DayStat> days) {
        this.days = days;
    }

    public List<DayStat> days() {
        return days;
    }

    public LocalDate firstDay() {
        return days.get(0).day();
    }

    public LocalDate lastDay() {
        return days.get(days.size() - 1).day();
    }

    public long maxLookups() {
        return max(DayStat::lookups);
    }

    public long maxReports() {
        return max(DayStat::reports);
    }

    /** The day with the most lookups (the latest of equal ones), for the chart's description. */
    public DayStat busiestDay() {
        DayStat busiest = days.get(0);
        for (DayStat day : days) {
            if (day.lookups() >= busiest.lookups()) {
                busiest = day;
            }
        }
        return busiest;
    }

    public List<Bar> lookupBars() {
        return bars(DayStat::lookups, LOOKUPS_TOP, LOOKUPS_BASE);
    }

    public List<Bar> reportBars() {
        return bars(DayStat::reports, REPORTS_TOP, REPORTS_BASE);
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }

    public int lookupsLabelY() {
        return LOOKUPS_LABEL_Y;
    }

    public int lookupsBase() {
        return LOOKUPS_BASE;
    }

    public int reportsLabelY() {
        return REPORTS_LABEL_Y;
    }

    public int reportsBase() {
        return REPORTS_BASE;
    }

    public int datesY() {
        return DATES_Y;
    }

    private long max(ToLongFunction<DayStat> value) {
        return days.stream().mapToLong(value).max().orElse(0);
    }

    private List<Bar> bars(ToLongFunction<DayStat> value, int top, int base) {
        long max = max(value);
        double slot = (double) WIDTH / days.size();
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            long v = value.applyAsLong(days.get(i));
            if (v == 0) {
                continue;
            }
            double height = Math.max(MIN_BAR, (double) v / max * (base - top));
            double x = i * slot + (slot - BAR_WIDTH) / 2;
            bars.add(new Bar(days.get(i).day(), v, coordinate(x), coordinate(base - height),
                    coordinate(BAR_WIDTH), coordinate(height)));
        }
        return bars;
    }

    /** One decimal, rounded half up ("12.3"); String.format is slow enough to show in a profile. */
    static String coordinate(double value) {
        long tenths = Math.round(value * 10);
        String sign = tenths < 0 ? "-" : "";
        long abs = Math.abs(tenths);
        return sign + abs / 10 + "." + abs % 10;
    }
}
