package dk.ringtjek.report;

/** Fired inside the transaction when a report is held without a moderator (flags or a burst), for the audit log. */
public record ReportHeld(long reportId, long numberId, String reason) {

    public static final String FLAGS = "FLAGS";
    public static final String BURST = "BURST";
}
