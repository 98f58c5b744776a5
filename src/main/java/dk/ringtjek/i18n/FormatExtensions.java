package dk.ringtjek.i18n;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;

/** Language-aware formatting in templates: {date.longDate}, {regionCode.countryName}. */
@TemplateExtension
public final class FormatExtensions {

    private FormatExtensions() {
    }

    static String longDate(LocalDate date) {
        return date == null ? "" : date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(MessageExtensions.language().locale()));
    }

    /** The ISO date, for machine-readable attributes. */
    static String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    static String countryName(String regionCode) {
        if (regionCode == null || regionCode.isEmpty()) {
            return "";
        }
        return new Locale("", regionCode).getDisplayCountry(MessageExtensions.language().locale());
    }
}
