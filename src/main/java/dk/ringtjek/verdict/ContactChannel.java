package dk.ringtjek.verdict;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.Locale;

/** An official way to reach the owner: a phone number, a chat, a self-service site, ... */
public record ContactChannel(Type type, String value, String note) {

    public enum Type {
        PHONE, CHAT, SELF_SERVICE, WEBSITE, STATUS_PAGE, SOCIAL, EMAIL;

        public String messageKey() {
            return "verdict.channel." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** Whether the value is a web address that may be linked. */
    @JsonIgnore
    public boolean isLink() {
        return value != null && (value.startsWith("https://") || value.startsWith("http://"));
    }
}
