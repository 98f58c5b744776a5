package dk.ringtjek.moderation;

import java.time.OffsetDateTime;
import java.util.List;

import dk.ringtjek.report.Category;
import dk.ringtjek.report.Rating;
import dk.ringtjek.report.ReportStatus;

/** A report waiting for a moderator, with everything needed to decide. */
public record QueueItem(long id, String numberPath, String numberDisplay, Rating rating, Category category,
        String comment, String callerName, OffsetDateTime createdAt, ReportStatus status, List<Flag> flags,
        List<OtherReport> authorsOtherReports) {

    /** One visitor's flag: the reason and note, never who. */
    public record Flag(String reason, String note, OffsetDateTime createdAt) {
        public String messageKey() {
            return dk.ringtjek.report.HideReason.of(reason).messageKey();
        }
    }

    /** Another recent report by the same author (key), to spot a campaign. */
    public record OtherReport(long id, String numberDisplay, Rating rating, String comment, ReportStatus status,
            OffsetDateTime createdAt) {
    }

    public dk.ringtjek.report.HideReason[] reasons() {
        return dk.ringtjek.report.HideReason.values();
    }

    public boolean held() {
        return status == ReportStatus.HELD;
    }
}
