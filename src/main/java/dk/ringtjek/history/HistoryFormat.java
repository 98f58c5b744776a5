package dk.ringtjek.history;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;

import io.quarkus.qute.TemplateExtension;

import dk.ringtjek.history.CallHeatmap.Cell;
import dk.ringtjek.history.CallHeatmap.Day;
import dk.ringtjek.history.NumberHistory.Wave;
import dk.ringtjek.history.NumberHistory.WeekPoint;
import dk.ringtjek.i18n.Language;
import dk.ringtjek.i18n.MessageExtensions;
import dk.ringtjek.i18n.Messages;

/**
 * Dates and weekdays of the history in the page's language: {wave.dates} gives "12.–18. marts"
 * ("12–18 March"), with the year when it is not the chart's; {cell.weekdayShort} gives "tir.".
 */
@TemplateExtension
public final class HistoryFormat {

    private HistoryFormat() {
    }

    static String dates(Wave wave) {
        return range(wave.from(), wave.to(), wave.withYear());
    }

    static String dates(WeekPoint week) {
        return range(week.week(), week.lastDay(), false);
    }

    /** The days of the week that starts on this Monday ("12.–18. marts"). */
    static String weekDates(LocalDate monday) {
        return range(monday, monday.plusDays(6), false);
    }

    static String weekdayShort(Cell cell) {
        return weekday(cell.weekday(), TextStyle.SHORT);
    }

    static String weekdayName(Cell cell) {
        return weekday(cell.weekday(), TextStyle.FULL);
    }

    static String weekdayName(Day day) {
        return weekday(day.weekday(), TextStyle.FULL);
    }

    /** The short weekday at the start of each row of the grid. */
    static String rowLabel(Day day) {
        return weekday(day.weekday(), TextStyle.SHORT);
    }

    /** "12.–18. marts", "26. februar–4. marts", "28. december 2025–3. januar 2026". */
    static String range(LocalDate from, LocalDate to, boolean withYear) {
        Language language = MessageExtensions.language();
        String end = withYear ? "history.date.day-month-year" : "history.date.day-month";
        String start;
        if (from.getYear() != to.getYear()) {
            start = "history.date.day-month-year";
            end = "history.date.day-month-year";
        } else if (from.getMonth() == to.getMonth()) {
            start = "history.date.day";
        } else {
            start = "history.date.day-month";
        }
        return Messages.text(language, "history.date.range", format(from, start, language), format(to, end, language));
    }

    private static String format(LocalDate date, String patternKey, Language language) {
        return date.format(DateTimeFormatter.ofPattern(Messages.text(language, patternKey), language.locale()));
    }

    private static String weekday(int isoWeekday, TextStyle style) {
        return DayOfWeek.of(isoWeekday).getDisplayName(style, MessageExtensions.language().locale());
    }
}
