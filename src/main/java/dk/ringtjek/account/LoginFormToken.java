package dk.ringtjek.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;

/**
 * The login form's CSRF check (login CSRF: another site logging a staff member's browser into an
 * account of the attacker's). The form posts to Quarkus' /j_security_check, which quarkus-rest-csrf
 * never sees, so the double-submit check (form field equals cookie) is done here, before the
 * password is looked at. There is no session yet to tie the token to; the staff forms after login
 * carry {@link StaffFormToken} as well.
 */
final class LoginFormToken {

    static final String NAME = "csrf-token";

    private LoginFormToken() {
    }

    static boolean isPresent(RoutingContext http) {
        Cookie cookie = http.request().getCookie(NAME);
        String field = http.request().formAttributes().get(NAME);
        return cookie != null && field != null && !field.isEmpty()
                && MessageDigest.isEqual(cookie.getValue().getBytes(StandardCharsets.UTF_8),
                        field.getBytes(StandardCharsets.UTF_8));
    }
}
