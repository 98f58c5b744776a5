package dk.ringtjek.owner;

import java.util.Locale;

/** Who claims a number: an organisation (its name is shown) or a private person (never named publicly). */
public enum ClaimKind {
    ORGANISATION,
    PRIVATE;

    public String messageKey() {
        return "owner.kind." + name().toLowerCase(Locale.ROOT);
    }
}
