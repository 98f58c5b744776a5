package dk.ringtjek.report;

import java.time.LocalDate;

/** A valid report, ready to be saved. */
public record ReportInput(Rating rating, Category category, String comment, String callerName, LocalDate calledOn) {
}
