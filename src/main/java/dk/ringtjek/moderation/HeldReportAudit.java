package dk.ringtjek.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import dk.ringtjek.report.ReportHeld;

/** Writes the audit entry when the system holds a report by itself (a burst), in the same transaction. */
@ApplicationScoped
class HeldReportAudit {

    void onHeld(@Observes ReportHeld event) {
        ModerationAction.record(event.reportId(), event.numberId(), ModerationAction.SYSTEM,
                ModerationAction.Kind.HOLD, event.reason(), null);
    }
}
