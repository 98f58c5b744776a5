package dk.ringtjek.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dk.ringtjek.report.TrendRules;

/**
 * When a number calls: its visible reports with a time of day by weekday and hour, drawn as a 7 x 24
 * grid (templates/tags/callHeatmap.html) with the figures as text beside it. Shown only from
 * {@link TrendRules#HEATMAP_MIN_REPORTS} reports: fewer say nothing about a habit.
 */
public final class CallHeatmap {

    public static final int LABEL_WIDTH = 34;
    public static final int CELL_WIDTH = 12;
    public static final int CELL_HEIGHT = 14;
    public static final int TOP = 16;
    public static final int WIDTH = LABEL_WIDTH + 24 * CELL_WIDTH;
    public static final int HEIGHT = TOP + 7 * CELL_HEIGHT;
    /** Shades of a cell: 0 (no call) to 4 (the busiest). */
    private static final int LEVELS = 4;

    /** One drawn cell; weekday is ISO (1 = Monday). */
    public record Cell(int weekday, int hour, int count, int level, int x, int y) {
    }

    /** One weekday's row: its calls, the hours they came in, and where its label is drawn. */
    public record Day(int weekday, int count, List<Cell> hours, int labelY) {
    }

    /** An hour named above the grid. */
    public record HourLabel(int hour, int x) {
    }

    private final int[][] counts;
    private final int total;
    private final int max;

    private CallHeatmap(int[][] counts, int total, int max) {
        this.counts = counts;
        this.total = total;
        this.max = max;
    }

    /** The heatmap of the counts ([weekday - 1][hour]), if there are enough of them to show. */
    static Optional<CallHeatmap> of(int[][] counts) {
        int total = 0;
        int max = 0;
        for (int[] day : counts) {
            for (int count : day) {
                total += count;
                max = Math.max(max, count);
            }
        }
        return TrendRules.showsHeatmap(total) ? Optional.of(new CallHeatmap(counts, total, max)) : Optional.empty();
    }

    public int total() {
        return total;
    }

    public List<Cell> cells() {
        List<Cell> cells = new ArrayList<>();
        for (int day = 0; day < 7; day++) {
            for (int hour = 0; hour < 24; hour++) {
                cells.add(cell(day, hour));
            }
        }
        return cells;
    }

    public List<Day> days() {
        List<Day> days = new ArrayList<>();
        for (int day = 0; day < 7; day++) {
            List<Cell> hours = new ArrayList<>();
            int count = 0;
            for (int hour = 0; hour < 24; hour++) {
                if (counts[day][hour] > 0) {
                    hours.add(cell(day, hour));
                    count += counts[day][hour];
                }
            }
            days.add(new Day(day + 1, count, hours, TOP + day * CELL_HEIGHT + CELL_HEIGHT - 4));
        }
        return days;
    }

    /** The weekday and hour with the most calls (the earliest of equal ones), for the description. */
    public Cell busiest() {
        Cell busiest = cell(0, 0);
        for (Cell cell : cells()) {
            if (cell.count() > busiest.count()) {
                busiest = cell;
            }
        }
        return busiest;
    }

    /** The share of calls in the evening and at night (18 to 8), in per cent. */
    public int eveningPercent() {
        int evening = 0;
        for (int[] day : counts) {
            for (int hour = 0; hour < 24; hour++) {
                evening += hour >= 18 || hour < 8 ? day[hour] : 0;
            }
        }
        return Math.round(100f * evening / total);
    }

    /** The hours labelled above the grid. */
    public List<HourLabel> hourLabels() {
        List<HourLabel> labels = new ArrayList<>();
        for (int hour = 0; hour < 24; hour += 6) {
            labels.add(new HourLabel(hour, LABEL_WIDTH + hour * CELL_WIDTH));
        }
        return labels;
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }

    public int labelWidth() {
        return LABEL_WIDTH;
    }

    public int cellWidth() {
        return CELL_WIDTH;
    }

    public int cellHeight() {
        return CELL_HEIGHT;
    }

    /** A cell as drawn, a pixel short of its slot so that the cells stand apart. */
    public int drawnWidth() {
        return CELL_WIDTH - 1;
    }

    public int drawnHeight() {
        return CELL_HEIGHT - 1;
    }

    private Cell cell(int day, int hour) {
        int count = counts[day][hour];
        int level = count == 0 ? 0 : Math.max(1, (int) Math.ceil((double) count / max * LEVELS));
        return new Cell(day + 1, hour, count, level, LABEL_WIDTH + hour * CELL_WIDTH, TOP + day * CELL_HEIGHT);
    }
}
