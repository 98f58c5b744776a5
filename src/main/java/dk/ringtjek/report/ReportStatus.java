package dk.ringtjek.report;

/** Where a report stands: public and scored, held for a moderator, or hidden by one. */
public enum ReportStatus {
    VISIBLE,
    HELD,
    HIDDEN
}
