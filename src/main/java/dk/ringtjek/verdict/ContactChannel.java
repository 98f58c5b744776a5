package dk.ringtjek.verdict;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.Locale;

/**
 * An official way to reach the owner: a phone number, a chat, a self-service site, ... with the web
 * address where it has one (a chat or "Mit Norlys" is named in {@code value} and opened at {@code url}).
 */
public record ContactChannel(Type type, String value, String note, String url) {

    public enum Type {
        PHONE, CHAT, SELF_SERVICE, WEBSITE, STATUS_PAGE, SOCIAL, EMAIL;

        public String messageKey() {
            return "verdict.channel." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public ContactChannel(Type type, String value, String note) {
        this(type, value, note, null);
    }

    /** Whether the value is a web address that may be linked. */
    @JsonIgnore
    public boolean isLink() {
        return isWebAddress(value);
    }

    /** The web address to open for this channel: its url, or the value when that is one; null if none. */
    @JsonIgnore
    public String href() {
        if (isWebAddress(url)) {
            return url;
        }
        return isWebAddress(value) ? value : null;
    }

    static boolean isWebAddress(String text) {
        return text != null && (text.startsWith("https://") || text.startsWith("http://"));
    }
}
