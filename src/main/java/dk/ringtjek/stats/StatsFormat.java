package dk.ringtjek.stats;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableInstance;
import io.quarkus.qute.TemplateExtension;

import dk.ringtjek.i18n.CurrentLanguage;
import dk.ringtjek.i18n.Language;
import dk.ringtjek.i18n.Messages;

/** Short dates for the chart and its table, in the page's language: {date.dayMonth} gives "12. maj". */
@TemplateExtension
public final class StatsFormat {

    static final String DATE_PATTERN_KEY = "number.stats.date-pattern";

    private StatsFormat() {
    }

    static String dayMonth(LocalDate date) {
        Language language = language();
        return date.format(DateTimeFormatter.ofPattern(Messages.text(language, DATE_PATTERN_KEY), language.locale()));
    }

    private static Language language() {
        if (!Arc.container().requestContext().isActive()) {
            return Language.DEFAULT;
        }
        InjectableInstance<CurrentLanguage> current = Arc.container().select(CurrentLanguage.class);
        return current.get().get();
    }
}
