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

    /** A Danish path (see {@link LocalizedPaths}) spelled in the current page's language. */
    static String path(String danishPath) {
        return LocalizedPaths.in(language(), danishPath);
    }

    /** A Danish path spelled in the given language ("da" or "en"), for hreflang alternates. */
    static String pathIn(String danishPath, String languageCode) {
        return LocalizedPaths.in(Language.fromCode(languageCode).orElse(Language.DEFAULT), danishPath);
    }

    /** Whether the current page also exists in the other language (public pages do, staff pages do not). */
    static boolean hasOtherLanguage() {
        return LocalizedPaths.hasEnglishPage(current().path());
    }

    /** The current page in the other language (the switch in the header). */
    static String otherLanguageLink() {
        Language other = current().get() == Language.DA ? Language.EN : Language.DA;
        return sameSitePath(LocalizedPaths.in(other, current().path()));
    }

    /** The code of the other language, for the switch's hreflang. */
    static String otherLang() {
        return language() == Language.DA ? Language.EN.code() : Language.DA.code();
    }

    private static CurrentLanguage current() {
        return Arc.container().instance(CurrentLanguage.class).get();
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
