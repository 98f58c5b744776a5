package dk.ringtjek.history;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dk.ringtjek.history.NumberHistory.WeekPoint;

/**
 * The geometry of the number page's weekly chart (templates/tags/weeklyChart.html), worked out here so
 * the template only places what it is given, as stats.LookupChart does for the lookups: the score at
 * each week's end as a line above, the week's praise, neutral reports and complaints as stacked bars
 * below, and the waves as shaded weeks. Coordinates are in the SVG's viewBox units.
 */
public final class WeeklyChart {

    public static final int WIDTH = 320;
    public static final int HEIGHT = 170;
    public static final int SCORE_LABEL_Y = 11;
    public static final int SCORE_TOP = 18;
    public static final int SCORE_BASE = 68;
    public static final int BARS_LABEL_Y = 86;
    public static final int BARS_TOP = 94;
    public static final int BARS_BASE = 148;
    public static final int DATES_Y = 163;
    private static final double BAR_WIDTH = 4.4;
    private static final double MIN_BAR = 1.5;

    /** One drawn part of a bar; coordinates as text with a dot, whatever the page's language. */
    public record Bar(String x, String y, String width, String height) {
    }

    /** One week's stacked bar: complaints at the bottom, then neutral reports, then praise. */
    public record Column(WeekPoint week, Bar negative, Bar neutral, Bar positive) {
    }

    /** The score of a week alone, drawn as a dot. */
    public record Dot(String x, String y) {
    }

    /** A shaded wave week. */
    public record Shade(WeekPoint week, String x, String width) {
    }

    private final List<WeekPoint> weeks;

    WeeklyChart(List<WeekPoint> weeks) {
        this.weeks = weeks;
    }

    public LocalDate firstWeek() {
        return weeks.get(0).week();
    }

    public int maxOpinions() {
        return weeks.stream().mapToInt(WeekPoint::opinions).max().orElse(0);
    }

    public List<Column> columns() {
        int max = maxOpinions();
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < weeks.size(); i++) {
            WeekPoint week = weeks.get(i);
            if (week.opinions() == 0) {
                continue;
            }
            double x = i * slot() + (slot() - BAR_WIDTH) / 2;
            double total = Math.max(MIN_BAR, (double) week.opinions() / max * (BARS_BASE - BARS_TOP));
            double unit = total / week.opinions();
            double negative = week.negative() * unit;
            double neutral = week.neutral() * unit;
            double positive = week.positive() * unit;
            columns.add(new Column(week, bar(x, BARS_BASE - negative, negative),
                    bar(x, BARS_BASE - negative - neutral, neutral),
                    bar(x, BARS_BASE - negative - neutral - positive, positive)));
        }
        return columns;
    }

    /** The score line, broken where no score stood (weeks before the first report). */
    public List<String> scoreLines() {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < weeks.size(); i++) {
            Integer percent = weeks.get(i).percent();
            if (percent == null) {
                flush(lines, line);
                continue;
            }
            double x = i * slot() + slot() / 2;
            double y = SCORE_BASE - percent / 100.0 * (SCORE_BASE - SCORE_TOP);
            line.append(line.isEmpty() ? "" : " ").append(coordinate(x)).append(',').append(coordinate(y));
        }
        flush(lines, line);
        return lines;
    }

    /** A week alone has no line to draw: its score is a dot. */
    public List<Dot> scoreDots() {
        List<Dot> dots = new ArrayList<>();
        for (int i = 0; i < weeks.size(); i++) {
            Integer percent = weeks.get(i).percent();
            boolean alone = percent != null && (i == 0 || weeks.get(i - 1).percent() == null)
                    && (i == weeks.size() - 1 || weeks.get(i + 1).percent() == null);
            if (alone) {
                dots.add(new Dot(coordinate(i * slot() + slot() / 2),
                        coordinate(SCORE_BASE - percent / 100.0 * (SCORE_BASE - SCORE_TOP))));
            }
        }
        return dots;
    }

    public List<Shade> waveShades() {
        List<Shade> shades = new ArrayList<>();
        for (int i = 0; i < weeks.size(); i++) {
            if (weeks.get(i).wave()) {
                shades.add(new Shade(weeks.get(i), coordinate(i * slot()), coordinate(slot())));
            }
        }
        return shades;
    }

    /** The y of the middle of the score scale (50), for a guide line. */
    public String scoreMiddle() {
        return coordinate(SCORE_BASE - (SCORE_BASE - SCORE_TOP) / 2.0);
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }

    public int scoreLabelY() {
        return SCORE_LABEL_Y;
    }

    public int scoreTop() {
        return SCORE_TOP;
    }

    public int scoreBase() {
        return SCORE_BASE;
    }

    public int barsLabelY() {
        return BARS_LABEL_Y;
    }

    public int barsTop() {
        return BARS_TOP;
    }

    public int barsBase() {
        return BARS_BASE;
    }

    public int barsHeight() {
        return BARS_BASE - BARS_TOP;
    }

    public int datesY() {
        return DATES_Y;
    }

    private double slot() {
        return (double) WIDTH / weeks.size();
    }

    private static Bar bar(double x, double y, double height) {
        return height <= 0 ? null : new Bar(coordinate(x), coordinate(y), coordinate(BAR_WIDTH), coordinate(height));
    }

    private static void flush(List<String> lines, StringBuilder line) {
        if (line.indexOf(" ") > 0) {
            lines.add(line.toString());
        }
        line.setLength(0);
    }

    /** One decimal, rounded half up ("12.3"), as stats.LookupChart writes them. */
    static String coordinate(double value) {
        long tenths = Math.round(value * 10);
        String sign = tenths < 0 ? "-" : "";
        long abs = Math.abs(tenths);
        return sign + abs / 10 + "." + abs % 10;
    }
}
