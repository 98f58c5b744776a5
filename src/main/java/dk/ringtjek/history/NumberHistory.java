package dk.ringtjek.history;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dk.ringtjek.report.TrendRules;
import dk.ringtjek.verdict.Verdict;

/**
 * A number's story over time, as the number page shows it: the last {@value TrendRules#CHART_WEEKS}
 * weeks, the waves of complaints among them, the weeks it called often and to many, when it calls,
 * and the editors' verdicts over time. Read from the tables the writes keep ({@link HistoryService}).
 *
 * @param weeks oldest first, this week last; weeks without reports are zero
 * @param heatmap when they call, once enough reports give a time
 * @param verdicts the editors' verdicts, newest first, the current one first
 */
public record NumberHistory(List<WeekPoint> weeks, Optional<CallHeatmap> heatmap, List<VerdictPeriod> verdicts) {

    /** One week: the counted opinions written in it, its distinct reporters and the score at its end. */
    public record WeekPoint(LocalDate week, int positive, int neutral, int negative, int reporters, Integer percent,
            double usualComplaints, double usualReporters) {

        public LocalDate lastDay() {
            return week.plusDays(6);
        }

        public int opinions() {
            return positive + neutral + negative;
        }

        public boolean wave() {
            return TrendRules.isWave(negative, usualComplaints);
        }

        public boolean busy() {
            return TrendRules.isBusy(reporters, usualReporters);
        }

        /** The usual weekly reporters, rounded, for the text ("usually 1 a week"). */
        public long usualReportersRounded() {
            return Math.round(usualReporters);
        }
    }

    /** Consecutive wave weeks, from the first Monday to the last Sunday; the year shown when not the chart's. */
    public record Wave(LocalDate from, LocalDate to, int complaints, boolean withYear) {
    }

    /** One verdict of the editors and how long it stood; {@code to} is null for the current one. */
    public record VerdictPeriod(Verdict verdict, LocalDate from, LocalDate to) {

        public boolean current() {
            return to == null;
        }

        /** The verdict's short name in a timeline ("Legitim siden ..."). */
        public String nameKey() {
            return "history.verdict.name." + verdict.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** The history of a number nobody has reported: nothing to draw. */
    public static final NumberHistory NONE = new NumberHistory(List.of(), Optional.empty(), List.of());

    /** Whether the chart has anything to draw. */
    public boolean drawable() {
        return weeks.stream().anyMatch(week -> week.opinions() > 0 || week.reporters() > 0);
    }

    public WeeklyChart chart() {
        return new WeeklyChart(weeks);
    }

    /** The waves of complaints in the chart's weeks, newest first. */
    public List<Wave> waves() {
        return Waves.of(weeks);
    }

    /** The newest wave, if it reaches into this week or last week (the page's first screen names it). */
    public Optional<Wave> currentWave() {
        if (weeks.size() < 2) {
            return Optional.empty();
        }
        LocalDate lastWeek = weeks.get(weeks.size() - 2).week();
        return waves().stream().findFirst().filter(wave -> !wave.to().isBefore(lastWeek));
    }

    /** The newest week that called often and to many, if it is this week or last week. */
    public Optional<WeekPoint> busyNow() {
        for (int i = weeks.size() - 1; i >= Math.max(0, weeks.size() - 2); i--) {
            if (weeks.get(i).busy()) {
                return Optional.of(weeks.get(i));
            }
        }
        return Optional.empty();
    }

    public boolean showsVerdicts() {
        return !verdicts.isEmpty();
    }

    public VerdictPeriod currentVerdict() {
        return verdicts.isEmpty() ? null : verdicts.get(0);
    }

    public List<VerdictPeriod> earlierVerdicts() {
        return verdicts.isEmpty() ? List.of() : verdicts.subList(1, verdicts.size());
    }

    public int complaintsInChart() {
        return weeks.stream().mapToInt(WeekPoint::negative).sum();
    }

    public int opinionsInChart() {
        return weeks.stream().mapToInt(WeekPoint::opinions).sum();
    }
}
