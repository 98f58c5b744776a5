package dk.ringtjek.report;

import java.time.LocalDate;
import java.time.LocalTime;

/** A valid report, ready to be saved; the day and the time of the call are optional. */
public record ReportInput(Rating rating, Category category, String comment, String callerName, LocalDate calledOn,
        LocalTime calledTime) {

    /** A report without a time of day. */
    public ReportInput(Rating rating, Category category, String comment, String callerName, LocalDate calledOn) {
        this(rating, category, comment, callerName, calledOn, null);
    }
}
