package dk.ringtjek.i18n;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;

/** Language-aware formatting in templates: {date.longDate}, {time.clock}, {regionCode.countryName}. */
@TemplateExtension
public final class FormatExtensions {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private FormatExtensions() {
    }

    static String longDate(LocalDate date) {
        return date == null ? "" : date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(MessageExtensions.language().locale()));
    }

    /** A time of day as the clock shows it, 14:05, in both languages. */
    static String clock(LocalTime time) {
        return time == null ? "" : time.format(CLOCK);
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
