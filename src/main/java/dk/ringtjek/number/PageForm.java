package dk.ringtjek.number;

import dk.ringtjek.i18n.Language;

/**
 * The forms in which a number's newest page is kept ({@link NumberPageCache}): the page in each
 * language and the API's answer. A write to the number forgets all of them at once.
 */
public enum PageForm {
    PAGE_DA,
    PAGE_EN,
    /** The JSON of GET /api/v1/numbers/{number}: the same data as the page, in no language. */
    API_ANSWER;

    /**
     * Whether this form shows only the number's summary (facts, verdict, score, lookups) and no report,
     * history or owner's words, so that building it reads only those.
     */
    public boolean summaryOnly() {
        return this == API_ANSWER;
    }

    /** The page in a language. */
    public static PageForm page(Language language) {
        return switch (language) {
            case DA -> PAGE_DA;
            case EN -> PAGE_EN;
        };
    }
}
