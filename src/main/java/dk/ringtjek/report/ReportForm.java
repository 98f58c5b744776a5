package dk.ringtjek.report;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jboss.resteasy.reactive.RestForm;

import dk.ringtjek.web.PlainText;
import dk.ringtjek.web.UserText;

/**
 * The report form as the person filled it in: text as typed, so that an invalid form can be shown
 * again with every value kept. Constraint messages are message keys.
 */
public class ReportForm {

    static final String RATINGS = "POSITIVE|NEUTRAL|NEGATIVE";
    static final String CATEGORIES = "CUSTOMER_SERVICE|SALES|UNLAWFUL_SALES|ROBINSON_IGNORED|SURVEY|DEBT_COLLECTION"
            + "|SCAM_PHISHING|WANGIRI|ROBOT_CALL|SILENT_CALL|SPOOFED|OTHER";

    @RestForm
    @NotBlank(message = "report.error.rating")
    @Pattern(regexp = RATINGS, message = "report.error.rating")
    public String rating;

    @RestForm
    @NotBlank(message = "report.error.category")
    @Pattern(regexp = CATEGORIES, message = "report.error.category")
    public String category;

    @RestForm
    @NotBlank(message = "report.error.comment.missing")
    @Size(max = Report.COMMENT_MAX, message = "report.error.comment.too-long")
    @PlainText
    public String comment;

    @RestForm
    @Size(max = Report.CALLER_NAME_MAX, message = "report.error.caller-name.too-long")
    @PlainText
    public String callerName;

    @RestForm
    @CallDate
    public String calledOn;

    /** The time of day of the call, as typed (hh:mm). */
    @RestForm
    @CallTime
    public String calledTime;

    /** The honeypot: hidden from people, filled in by bots. */
    @RestForm
    public String website;

    /** When the form was shown (signed), see FormTimer. */
    @RestForm
    public String formToken;

    /** The validated values; call only when validation passed. */
    public ReportInput toInput() {
        String caller = UserText.clean(callerName);
        return new ReportInput(Rating.valueOf(rating), Category.valueOf(category), UserText.clean(comment),
                caller == null || caller.isEmpty() ? null : caller,
                calledOn == null || calledOn.isBlank() ? null : LocalDate.parse(calledOn.strip()),
                CallTimeValidator.parse(calledTime));
    }

    /** An empty form. */
    public static ReportForm empty() {
        return new ReportForm();
    }

    /** The form filled with a saved report, for its author to edit. */
    public static ReportForm of(Report report) {
        ReportForm form = new ReportForm();
        form.rating = report.rating.name();
        form.category = report.category.name();
        form.comment = report.comment;
        form.callerName = report.callerName;
        form.calledOn = report.calledOn == null ? null : report.calledOn.toString();
        form.calledTime = report.calledTime == null ? null : CallTimeValidator.format(report.calledTime);
        return form;
    }
}
