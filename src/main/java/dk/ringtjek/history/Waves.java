package dk.ringtjek.history;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dk.ringtjek.history.NumberHistory.Wave;
import dk.ringtjek.history.NumberHistory.WeekPoint;

/** Joins consecutive wave weeks (report.TrendRules#isWave) into the waves the page names with dates. */
final class Waves {

    private Waves() {
    }

    /** The waves among the weeks (oldest first), newest first. */
    static List<Wave> of(List<WeekPoint> weeks) {
        List<Wave> waves = new ArrayList<>();
        WeekPoint first = null;
        int complaints = 0;
        int thisYear = weeks.isEmpty() ? 0 : weeks.get(weeks.size() - 1).lastDay().getYear();
        for (int i = 0; i <= weeks.size(); i++) {
            WeekPoint week = i < weeks.size() ? weeks.get(i) : null;
            if (week != null && week.wave()) {
                first = first == null ? week : first;
                complaints += week.negative();
            } else if (first != null) {
                LocalDate to = weeks.get(i - 1).lastDay();
                waves.add(0, new Wave(first.week(), to, complaints, to.getYear() != thisYear));
                first = null;
                complaints = 0;
            }
        }
        return List.copyOf(waves);
    }
}
