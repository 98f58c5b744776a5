package dk.ringtjek.i18n;

import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The site's text in every language, from messages.properties (Danish) and messages_en.properties.
 * Keys are namespaced page.section.item.
 */
public final class Messages {

    public static final String BUNDLE = "messages";

    private static final Map<Language, ResourceBundle> BUNDLES = new EnumMap<>(Language.class);
    // parsed once per language and key; MessageFormat is not thread-safe, so each use formats a copy
    private static final Map<Language, Map<String, MessageFormat>> FORMATS = new EnumMap<>(Language.class);

    static {
        // no fallback to the machine's locale: Danish is the base bundle, English its _en child
        ResourceBundle.Control noFallback =
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        for (Language language : Language.values()) {
            Locale locale = language == Language.DEFAULT ? Locale.ROOT : language.locale();
            BUNDLES.put(language, ResourceBundle.getBundle(BUNDLE, locale, noFallback));
            FORMATS.put(language, new ConcurrentHashMap<>());
        }
    }

    private Messages() {
    }

    /** The text for a key in a language, with {0}-style arguments filled in. */
    public static String text(Language language, String key, Object... args) {
        String pattern;
        try {
            pattern = BUNDLES.get(language).getString(key);
        } catch (MissingResourceException e) {
            return "??" + key + "??";
        }
        if (args == null || args.length == 0) {
            return pattern;
        }
        MessageFormat format = FORMATS.get(language).computeIfAbsent(key,
                k -> new MessageFormat(pattern, language.locale()));
        return ((MessageFormat) format.clone()).format(args);
    }

    /** Whether a key exists, so that optional texts (e.g. per enum constant) can be probed. */
    public static boolean has(Language language, String key) {
        return BUNDLES.get(language).containsKey(key);
    }
}
