package dk.ringtjek.report;

/** The report form on a number page: what was typed and what is wrong with it. */
public record ReportFormState(ReportForm values, FormErrors errors) {

    public static ReportFormState fresh() {
        return new ReportFormState(ReportForm.empty(), FormErrors.NONE);
    }

    public static ReportFormState invalid(ReportForm values, FormErrors errors) {
        return new ReportFormState(values, errors);
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
