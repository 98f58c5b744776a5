package dk.ringtjek.i18n;

import io.quarkus.qute.TemplateExtension;

/** Links to the fixed pages in the current language: {link:about}, {link:score}, ... */
@TemplateExtension(namespace = "link")
public final class PageLinks {

    private PageLinks() {
    }

    static String about() {
        return PagePaths.ABOUT.path(MessageExtensions.language());
    }

    static String privacy() {
        return PagePaths.PRIVACY.path(MessageExtensions.language());
    }

    static String contact() {
        return PagePaths.CONTACT.path(MessageExtensions.language());
    }

    static String score() {
        return PagePaths.SCORE.path(MessageExtensions.language());
    }
}
