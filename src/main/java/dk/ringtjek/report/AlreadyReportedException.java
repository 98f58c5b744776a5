package dk.ringtjek.report;

/** The author reported this number less than 24 hours ago; they may edit that report instead. */
public class AlreadyReportedException extends RuntimeException {

    private final long existingReportId;

    public AlreadyReportedException(long existingReportId) {
        super("already reported within 24 hours");
        this.existingReportId = existingReportId;
    }

    public long existingReportId() {
        return existingReportId;
    }
}
