package dk.ringtjek.owner;

import dk.ringtjek.web.UserText;

/** An owner's or moderator's free text as stored: without control characters and direction tricks, cut to size. */
final class OwnerText {

    private OwnerText() {
    }

    /** The cleaned text, or null when nothing is left. */
    static String clean(String text, int max) {
        String clean = text == null ? "" : UserText.clean(text.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", ""));
        return clean.isEmpty() ? null : clean.substring(0, Math.min(clean.length(), max));
    }
}
