package dk.ringtjek.report;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/**
 * How a number's story over time is read: the one place to find what a week is, what makes a wave of
 * complaints, when a number "calls often and to many", and from how many reports the page shows when
 * they call. The score's own rules are next door, in {@link CommunityScore}.
 *
 * <ul>
 * <li>A week is an ISO week (Monday to Sunday) in Danish time, named by its Monday ({@link #weekOf}).</li>
 * <li>A number's usual weekly count is the mean over the {@value #USUAL_WEEKS} weeks before the week in
 * question, weeks without reports counting as zero ({@link #usual}).</li>
 * <li>A wave: a week whose complaints reach {@value #WAVE_FACTOR} times the usual weekly complaints, and
 * at least {@value #WAVE_MIN_COMPLAINTS} ({@link #isWave}; the same rule in SQL: {@link #WAVE_SQL}).
 * Complaints are counted reports, so one person counts once.</li>
 * <li>Calls often and to many: a week whose distinct reporters reach {@value #BUSY_FACTOR} times the
 * usual and at least {@value #BUSY_MIN_REPORTERS}, whatever they thought ({@link #isBusy}).</li>
 * <li>When they call: shown from {@value #HEATMAP_MIN_REPORTS} visible reports with a time of day.</li>
 * </ul>
 */
public final class TrendRules {

    /** The calendar of the weeks (and of a call's weekday when the report gives no date). */
    public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
    /** Weeks in the number page's chart, this week included. */
    public static final int CHART_WEEKS = 52;
    /** Weeks before a week that make its "usual". */
    public static final int USUAL_WEEKS = 12;
    public static final int WAVE_FACTOR = 3;
    public static final int WAVE_MIN_COMPLAINTS = 5;
    public static final int BUSY_FACTOR = 3;
    public static final int BUSY_MIN_REPORTERS = 10;
    public static final int HEATMAP_MIN_REPORTS = 10;

    /**
     * {@link #isWave} as an SQL condition on a row {@code w} of number_week, the usual complaints
     * read from the same table by primary key: used by the home page's list of current waves.
     */
    public static final String WAVE_SQL = "(w.negative_count >= " + WAVE_MIN_COMPLAINTS
            + " and w.negative_count >= " + WAVE_FACTOR + " * (select coalesce(sum(u.negative_count), 0)"
            + " from number_week u where u.number_id = w.number_id and u.week >= w.week - " + 7 * USUAL_WEEKS
            + " and u.week < w.week) / " + USUAL_WEEKS + ".0)";

    private TrendRules() {
    }

    /** The Monday of the week an instant falls in, in Danish time. */
    public static LocalDate weekOf(Instant instant) {
        return mondayOf(LocalDate.ofInstant(instant, ZONE));
    }

    public static LocalDate weekOf(OffsetDateTime time) {
        return weekOf(time.toInstant());
    }

    public static LocalDate mondayOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** When a week ends: the next Monday at midnight, Danish time. */
    public static Instant weekEnd(LocalDate week) {
        return week.plusWeeks(1).atStartOfDay(ZONE).toInstant();
    }

    /** The usual weekly count before a week, from the counts of the {@value #USUAL_WEEKS} weeks before it. */
    public static double usual(int sumOfPreviousWeeks) {
        return (double) sumOfPreviousWeeks / USUAL_WEEKS;
    }

    public static boolean isWave(int complaints, double usualComplaints) {
        return complaints >= WAVE_MIN_COMPLAINTS && complaints >= WAVE_FACTOR * usualComplaints;
    }

    public static boolean isBusy(int reporters, double usualReporters) {
        return reporters >= BUSY_MIN_REPORTERS && reporters >= BUSY_FACTOR * usualReporters;
    }

    public static boolean showsHeatmap(int reportsWithTime) {
        return reportsWithTime >= HEATMAP_MIN_REPORTS;
    }
}
