package dk.ringtjek.i18n;

import java.util.Locale;
import java.util.Optional;

/** The languages the site speaks: Danish first, English second. */
public enum Language {
    DA(Locale.forLanguageTag("da-DK")),
    EN(Locale.forLanguageTag("en-GB"));

    public static final Language DEFAULT = DA;

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The language for a code such as "en", if the site speaks it. */
    public static Optional<Language> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (Language language : values()) {
            if (language.code().equalsIgnoreCase(code.trim())) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
