package dk.ringtjek.i18n;

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
        return current.path() + "?" + LanguageFilter.PARAM + "=" + other.code();
    }

    static String otherLanguageName() {
        return language() == Language.DA ? "English" : "Dansk";
    }

    public static Language language() {
        var instance = Arc.container().instance(CurrentLanguage.class);
        return Arc.container().requestContext().isActive() ? instance.get().get() : Language.DEFAULT;
    }
}
