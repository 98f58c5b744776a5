package dk.ringtjek.report;

import dk.ringtjek.web.FormErrors;

/**
 * The report form on a number page: what was typed, what is wrong with it, where it is sent, the
 * signed time it was shown, and the author's own report when they already reported the number.
 */
public record ReportFormState(ReportForm values, FormErrors errors, String action, String formToken,
        Long ownReportId) {

    public static ReportFormState fresh(String action, String formToken) {
        return new ReportFormState(ReportForm.empty(), FormErrors.none(), action, formToken, null);
    }

    public static ReportFormState invalid(ReportForm values, FormErrors errors, String action, String formToken) {
        return new ReportFormState(values, errors, action, formToken, null);
    }

    /** The form kept as typed, with a pointer to the report the author made less than 24 hours ago. */
    public static ReportFormState alreadyReported(ReportForm values, String action, String formToken,
            long ownReportId) {
        return new ReportFormState(values, FormErrors.none(), action, formToken, ownReportId > 0 ? ownReportId : null);
    }

    public int commentMax() {
        return Report.COMMENT_MAX;
    }

    public int callerNameMax() {
        return Report.CALLER_NAME_MAX;
    }

    public Rating[] ratings() {
        return Rating.values();
    }

    public Category[] categories() {
        return Category.values();
    }

    public boolean ratingIs(Rating rating) {
        return rating.name().equals(values.rating);
    }

    public boolean categoryIs(Category category) {
        return category.name().equals(values.category);
    }
}
