package dk.ringtjek.owner;

import dk.ringtjek.report.HideReason;
import dk.ringtjek.report.ReportStatus;

/**
 * An open appeal as the moderators' queue shows it: the appeal with the report it is about (its number,
 * its text and where it stands now), so that a moderator decides with both in front of them.
 */
public record AppealItem(Appeal appeal, String numberDisplay, String numberPath, String reportComment,
        String callerName, ReportStatus reportStatus, String hiddenReason) {

    /** Message key of where the report stands: public, held or hidden. */
    public String reportStatusKey() {
        return "appeal.queue.status." + reportStatus.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Message key of the reason a moderator hid it; null when it is not hidden or no reason was kept. */
    public String hiddenReasonKey() {
        return reportStatus == ReportStatus.HIDDEN && hiddenReason != null ? HideReason.of(hiddenReason).messageKey()
                : null;
    }
}
