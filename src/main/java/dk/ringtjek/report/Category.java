package dk.ringtjek.report;

import java.util.Locale;

/**
 * What kind of call it was. The Danish-specific ones (unlawful sales to consumers, calls despite
 * the Robinson list) carry an explanation and where to complain; scams count as strongly negative.
 */
public enum Category {
    CUSTOMER_SERVICE(false, false),
    SALES(false, false),
    UNLAWFUL_SALES(false, true),
    ROBINSON_IGNORED(false, true),
    SURVEY(false, false),
    DEBT_COLLECTION(false, false),
    SCAM_PHISHING(true, true),
    WANGIRI(true, true),
    ROBOT_CALL(false, false),
    SILENT_CALL(false, false),
    SPOOFED(false, true),
    OTHER(false, false);

    private final boolean stronglyNegative;
    private final boolean explained;

    Category(boolean stronglyNegative, boolean explained) {
        this.stronglyNegative = stronglyNegative;
        this.explained = explained;
    }

    /** Scams count as strongly negative whatever the person rated the call. */
    public boolean stronglyNegative() {
        return stronglyNegative;
    }

    /** Whether the category has a one-line explanation with where to complain. */
    public boolean explained() {
        return explained;
    }

    public String messageKey() {
        return "report.category." + slug();
    }

    /** The category as the topic of a sentence ("about sales calls"). */
    public String themeKey() {
        return "report.category." + slug() + ".theme";
    }

    public String explanationKey() {
        return "report.category." + slug() + ".explain";
    }

    private String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
