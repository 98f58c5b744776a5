package dk.ringtjek.report;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;

/** A report as the public sees it; a hidden one keeps only what the stub needs. */
public record ReportView(long id, Rating rating, Category category, String comment, String callerName,
        LocalDate calledOn, LocalTime calledTime, OffsetDateTime createdAt, int helpfulCount, ReportStatus status, String hiddenReason) {

    public boolean hidden() {
        return status != ReportStatus.VISIBLE;
    }

    /** Message key of the stub shown instead of a hidden report. */
    public String stubKey() {
        return hiddenReason == null ? "report.hidden.stub" : HideReason.of(hiddenReason).stubKey();
    }

    public String ratingCss() {
        return rating.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether it waits for a moderator (held by the burst rule or by visitors' flags). */
    public boolean held() {
        return status == ReportStatus.HELD;
    }

    /** The report as its author sees it: their own text, whatever its status. */
    static ReportView authorView(Report r) {
        return new ReportView(r.id, r.rating, r.category, r.comment, r.callerName, r.calledOn, r.calledTime, r.createdAt,
                r.helpfulCount, r.status, r.hiddenReason);
    }

    /** The report as shown publicly: a hidden report loses its text. */
    static ReportView publicView(Report r) {
        if (r.status != ReportStatus.VISIBLE) {
            return new ReportView(r.id, r.rating, r.category, null, null, null, null, r.createdAt, 0, r.status,
                    r.hiddenReason);
        }
        return new ReportView(r.id, r.rating, r.category, r.comment, r.callerName, r.calledOn, r.calledTime, r.createdAt,
                r.helpfulCount, r.status, null);
    }
}
