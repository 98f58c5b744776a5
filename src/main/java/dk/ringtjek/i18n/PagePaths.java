package dk.ringtjek.i18n;

import java.util.Optional;

/**
 * The site's fixed pages, each at a Danish and an English path, so that links, the language switch
 * and the resources agree on them. Number pages are not here: their paths are built from the number.
 */
public enum PagePaths {
    ABOUT("/om", "/en/about"),
    PRIVACY("/privatliv", "/en/privacy"),
    CONTACT("/kontakt", "/en/contact"),
    SCORE("/scoren", "/en/score");

    private final String danish;
    private final String english;

    PagePaths(String danish, String english) {
        this.danish = danish;
        this.english = english;
    }

    public String path(Language language) {
        return language == Language.EN ? english : danish;
    }

    /** The same page in the other language, when the path is one of these pages. */
    public static Optional<String> counterpart(String path) {
        for (PagePaths page : values()) {
            if (page.danish.equals(path)) {
                return Optional.of(page.english);
            }
            if (page.english.equals(path)) {
                return Optional.of(page.danish);
            }
        }
        return Optional.empty();
    }
}
