package dk.ringtjek.report;

import java.util.Locale;

/** How a call was experienced: praise, neutral or complaint. */
public enum Rating {
    POSITIVE(1),
    NEUTRAL(0),
    NEGATIVE(-1);

    private final int value;

    Rating(int value) {
        this.value = value;
    }

    /** The rating's contribution to the score before categories are considered. */
    public int value() {
        return value;
    }

    public String messageKey() {
        return "report.rating." + name().toLowerCase(Locale.ROOT);
    }

    /** The wording on the form ("Praise: a good experience"). */
    public String formKey() {
        return "report.form.rating." + name().toLowerCase(Locale.ROOT);
    }
}
