package dk.ringtjek.web;

import java.util.Set;

/**
 * What an error page says: the HTTP status, and for our own failures the id under which the details
 * were logged. Never the exception's text.
 */
public record ErrorPage(int status, String errorId) {

    /** Statuses with their own wording; other 4xx read like 400, other 5xx like 500. */
    static final Set<Integer> WORDED = Set.of(400, 401, 403, 404, 405, 413, 415, 429, 500, 503);

    public String titleKey() {
        return "error." + worded() + ".title";
    }

    public String textKey() {
        return "error." + worded() + ".text";
    }

    /** A page that was not found is best answered with the search box. */
    public boolean showsSearch() {
        return status == 404;
    }

    private int worded() {
        if (WORDED.contains(status)) {
            return status;
        }
        return status >= 500 ? 500 : 400;
    }
}
