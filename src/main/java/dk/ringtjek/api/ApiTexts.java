package dk.ringtjek.api;

import java.util.Arrays;
import java.util.List;

import dk.ringtjek.i18n.Language;
import dk.ringtjek.i18n.Messages;

/** The site's texts (message bundles) for API answers, which give every text in both languages. */
final class ApiTexts {

    private ApiTexts() {
    }

    static List<LocalizedText> inBothLanguages(String key) {
        return Arrays.stream(Language.values())
                .map(language -> new LocalizedText(Messages.text(language, key), language.code()))
                .toList();
    }

    static String english(String key, Object... args) {
        return Messages.text(Language.EN, key, args);
    }
}
