package dk.ringtjek.report;

/** The report form on a number page: what was typed, what is wrong with it, and whether one was just sent. */
public record ReportFormState(ReportForm values, FormErrors errors, boolean sent) {

    public static ReportFormState fresh(boolean sent) {
        return new ReportFormState(ReportForm.empty(), FormErrors.NONE, sent);
    }

    public static ReportFormState invalid(ReportForm values, FormErrors errors) {
        return new ReportFormState(values, errors, false);
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
