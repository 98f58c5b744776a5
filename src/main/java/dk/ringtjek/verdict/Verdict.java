package dk.ringtjek.verdict;

import java.util.Locale;

/** The editors' verdict on who calls from a number; each has texts under verdict.*. */
public enum Verdict {
    LEGITIMATE,
    SALES,
    DEBT_COLLECTION,
    SCAM_WARNING,
    UNKNOWN;

    public String messageKey() {
        return "verdict." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A CSS modifier so that a scam warning looks like one. */
    public String tone() {
        return switch (this) {
            case LEGITIMATE -> "good";
            case SALES, DEBT_COLLECTION, UNKNOWN -> "neutral";
            case SCAM_WARNING -> "bad";
        };
    }
}
