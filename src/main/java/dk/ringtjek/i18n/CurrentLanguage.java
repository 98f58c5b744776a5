package dk.ringtjek.i18n;

import jakarta.enterprise.context.RequestScoped;

/**
 * The language and path of the request being served; filled in by {@link LanguageFilter}, and by the
 * error pages for requests that never reach REST.
 */
@RequestScoped
public class CurrentLanguage {

    private Language language = Language.DEFAULT;
    private String path = "/";

    public Language get() {
        return language;
    }

    public void set(Language language, String path) {
        this.language = language;
        this.path = path;
    }

    /** The path of the current page, for the language switch. */
    public String path() {
        return path;
    }
}
