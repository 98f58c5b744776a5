package dk.ringtjek.web;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.ws.rs.core.NewCookie;

/**
 * A message shown once on the page a form redirects to (Post/Redirect/Get). It travels in a short-lived
 * cookie as a message key and one optional argument, never as text to render raw.
 * <p>
 * POST: {@code Response.seeOther(uri).cookie(Flash.of("account.flash.created", name).cookie())}.
 * GET: {@code @CookieParam(Flash.COOKIE) String flash}, then {@link #read} and, when one was read,
 * add {@link #clear()} to the response.
 */
public record Flash(String key, String arg) {

    public static final String COOKIE = "flash";
    private static final int MAX_AGE_SECONDS = 60;
    private static final int MAX_LENGTH = 300;

    public static Flash of(String key) {
        return new Flash(key, null);
    }

    public static Flash of(String key, String arg) {
        return new Flash(key, arg);
    }

    public NewCookie cookie() {
        String value = arg == null ? key : key + "|" + arg;
        return base(URLEncoder.encode(value, StandardCharsets.UTF_8)).maxAge(MAX_AGE_SECONDS).build();
    }

    public static NewCookie clear() {
        return base("").maxAge(0).build();
    }

    /** The flash in a cookie value, if it looks like one of ours (a key of letters, digits, '.' and '-'). */
    public static Optional<Flash> read(String cookieValue) {
        if (cookieValue == null || cookieValue.isEmpty() || cookieValue.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String value;
        try {
            value = URLDecoder.decode(cookieValue, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int bar = value.indexOf('|');
        String key = bar < 0 ? value : value.substring(0, bar);
        if (!key.matches("[a-z0-9.-]+")) {
            return Optional.empty();
        }
        return Optional.of(new Flash(key, bar < 0 ? null : value.substring(bar + 1)));
    }

    private static NewCookie.Builder base(String value) {
        return new NewCookie.Builder(COOKIE).value(value).path("/").httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT);
    }
}
