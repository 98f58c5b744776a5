package dk.ringtjek.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dk.ringtjek.report.Category;
import dk.ringtjek.report.HideReason;
import dk.ringtjek.report.Rating;
import dk.ringtjek.report.ReportStatus;
import dk.ringtjek.report.CallTimeValidator;
import dk.ringtjek.report.ReportView;

/** GET /api/v1/numbers/{number}/reports: one page of a number's reports, newest first. */
@Schema(name = "Reports", description = "A page of reports, newest first.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportsAnswer(
        @Schema(required = true, example = "+4570114040") String e164,
        @Schema(required = true) List<Item> reports,
        @Schema(example = "1740821400000000-1051",
                description = "Pass as ?cursor= for the next page; absent on the last page") String next) {

    /**
     * A report. A hidden or held one is a stub: its status, the reason it was hidden and its time,
     * never its text or the caller's name.
     */
    @Schema(name = "Report")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(
            @Schema(required = true, example = "1051") long id,
            @Schema(required = true,
                    type = SchemaType.STRING, enumeration = {
                        "VISIBLE", "HELD", "HIDDEN"
                    }) ReportStatus status,
            @Schema(required = true, example = "2025-03-01T09:30:00Z") OffsetDateTime createdAt,
            @Schema(description = "Visible reports only",
                    type = SchemaType.STRING, enumeration = {
                        "POSITIVE", "NEUTRAL", "NEGATIVE"
                    }) Rating rating,
            @Schema(description = "Visible reports only",
                    type = SchemaType.STRING, enumeration = {
                        "CUSTOMER_SERVICE", "SALES", "UNLAWFUL_SALES", "ROBINSON_IGNORED", "SURVEY",
                        "DEBT_COLLECTION", "SCAM_PHISHING", "WANGIRI", "ROBOT_CALL", "SILENT_CALL", "SPOOFED",
                        "OTHER"
                    }) Category category,
            @Schema(description = "What the person wrote (visible reports only), in the language they wrote it in")
            String comment,
            @Schema(description = "The name the caller gave, if the person wrote one down") String callerName,
            @Schema(description = "The day of the call, if given") LocalDate calledOn,
            @Schema(description = "The time of day of the call (Danish time, 24-hour clock), if given",
                    example = "14:05", pattern = "^[0-2][0-9]:[0-5][0-9]$") String calledTime,
            @Schema(description = "Helpful votes (visible reports only)") Integer helpful,
            @Schema(description = "Why a moderator hid the report (hidden reports only)",
                    type = SchemaType.STRING, enumeration = {
                        "ABUSIVE", "PERSONAL_DATA", "SPAM", "DEFAMATORY", "OTHER"
                    }) HideReason hiddenReason,
            @Schema(description = "The stub shown instead of a hidden or held report, in Danish and English")
            List<LocalizedText> stub) {

        static Item of(ReportView view) {
            if (view.status() != ReportStatus.VISIBLE) {
                HideReason reason = view.status() == ReportStatus.HIDDEN && view.hiddenReason() != null
                        ? HideReason.of(view.hiddenReason()) : null;
                String stub = view.status() == ReportStatus.HELD ? "report.held.stub" : view.stubKey();
                return new Item(view.id(), view.status(), view.createdAt(), null, null, null, null, null, null, null,
                        reason, ApiTexts.inBothLanguages(stub));
            }
            return new Item(view.id(), view.status(), view.createdAt(), view.rating(), view.category(),
                    view.comment(), view.callerName(), view.calledOn(),
                    view.calledTime() == null ? null : CallTimeValidator.format(view.calledTime()), view.helpfulCount(), null, null);
        }
    }
}
