package dk.ringtjek.i18n;

import io.quarkus.qute.TemplateExtension;

/**
 * Links to the fixed pages in the current language: {link:about}, {link:score}, ... Each is its Danish
 * path put into the page's language by {@link LocalizedPaths}, the one map of Danish and English paths.
 */
@TemplateExtension(namespace = "link")
public final class PageLinks {

    private PageLinks() {
    }

    static String about() {
        return of("/om");
    }

    static String privacy() {
        return of("/privatliv");
    }

    static String contact() {
        return of("/kontakt");
    }

    static String score() {
        return of("/scoren");
    }

    private static String of(String danishPath) {
        return LocalizedPaths.in(MessageExtensions.language(), danishPath);
    }
}
