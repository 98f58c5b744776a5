package dk.ringtjek.i18n;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateExtension;

/** Template access to the message bundles: {msg:t('home.title')} or {msg:t('key', arg)}. */
@TemplateExtension(namespace = "msg")
public final class MessageExtensions {

    private MessageExtensions() {
    }

    static String t(String key, Object... args) {
        return Messages.text(language(), key, args);
    }

    /** The code of the current language, for the html lang attribute. */
    static String lang() {
        return language().code();
    }

    /** The current page in the other language (the switch in the header). */
    static String otherLanguageLink() {
        CurrentLanguage current = Arc.container().instance(CurrentLanguage.class).get();
        Language other = current.get() == Language.DA ? Language.EN : Language.DA;
        var counterpart = PagePaths.counterpart(current.path());
        if (counterpart.isPresent()) {
            // the Danish path still reads the language cookie, which the parameter sets back to Danish
            return other == Language.EN ? counterpart.get()
                    : counterpart.get() + "?" + LanguageFilter.PARAM + "=" + other.code();
        }
        return sameSitePath(current.path()) + "?" + LanguageFilter.PARAM + "=" + other.code();
    }

    /**
     * A request path as a link that stays on this site: percent-encoded, and with one leading slash,
     * since browsers follow "//host", "/\host" or "/%09/host" to another site.
     */
    private static String sameSitePath(String path) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c > ' ' && c < 0x7f && "\\\"<>`?#%{}|^'".indexOf(c) < 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(HexFormat.of().withUpperCase().toHexDigits((byte) c));
            }
        }
        return "/" + encoded.toString().replaceFirst("^/+", "");
    }

    static String otherLanguageName() {
        return language() == Language.DA ? "English" : "Dansk";
    }

    public static Language language() {
        var instance = Arc.container().instance(CurrentLanguage.class);
        return Arc.container().requestContext().isActive() ? instance.get().get() : Language.DEFAULT;
    }
}
