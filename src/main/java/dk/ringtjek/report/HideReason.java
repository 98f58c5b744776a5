package dk.ringtjek.report;

import java.util.Locale;

/** Why a report was flagged or hidden; the public stub says which. */
public enum HideReason {
    ABUSIVE,
    PERSONAL_DATA,
    SPAM,
    DEFAMATORY,
    OTHER;

    public String messageKey() {
        return "report.reason." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The public stub of a report hidden for this reason. */
    public String stubKey() {
        return "report.hidden." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The reason for a stored value, or OTHER for one this version does not know. */
    public static HideReason of(String stored) {
        for (HideReason reason : values()) {
            if (reason.name().equals(stored)) {
                return reason;
            }
        }
        return OTHER;
    }
}
