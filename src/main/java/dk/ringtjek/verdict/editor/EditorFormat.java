package dk.ringtjek.verdict.editor;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateExtension;

import dk.ringtjek.i18n.CurrentLanguage;
import dk.ringtjek.i18n.Language;

/** {time.localDateTime}: when a save happened, in Danish time and the page's language. */
@TemplateExtension
public final class EditorFormat {

    private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    private EditorFormat() {
    }

    static String localDateTime(OffsetDateTime time) {
        if (time == null) {
            return "";
        }
        Language language = Arc.container().requestContext().isActive()
                ? Arc.container().instance(CurrentLanguage.class).get().get() : Language.DEFAULT;
        return time.atZoneSameInstant(DANISH_TIME).format(
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(language.locale()));
    }
}
