package dk.ringtjek.account;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.quarkus.csrf.reactive.runtime.CsrfTokenParameterProvider;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The second CSRF token of every staff form. quarkus-rest-csrf's token is double-submit (the form
 * field equals the cookie), which anyone can satisfy with a pair of their own; this one is an HMAC of
 * the logged-in account's name and that cookie, with a key derived from the session secret, so only
 * pages served to this session can carry it. {@link StaffFormTokenFilter} checks it on every staff
 * POST; templates add it with {@code {#staffCsrf /}}.
 */
@ApplicationScoped
@Named("staffCsrf")
public class StaffFormToken {

    /** The form field, next to quarkus-rest-csrf's {@code csrf-token}. */
    public static final String FIELD = "staff-token";
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;
    private final SecurityIdentity identity;
    private final CsrfTokenParameterProvider csrf;

    @Inject
    public StaffFormToken(AccountConfig config, SecurityIdentity identity, CsrfTokenParameterProvider csrf) {
        this.key = new SecretKeySpec(hmac(new SecretKeySpec(config.sessionSecret().getBytes(StandardCharsets.UTF_8),
                ALGORITHM), "ringtjek staff form token key"), ALGORITHM);
        this.identity = identity;
        this.csrf = csrf;
    }

    public String getParameterName() {
        return FIELD;
    }

    /** The token for the current staff member and request; empty for a visitor who is not logged in. */
    public String getToken() {
        String token = csrf.getToken();
        return identity.isAnonymous() || token == null ? "" : tokenFor(identity.getPrincipal().getName(), token);
    }

    /** Whether {@code sent} is the token of this account with this double-submit token (cookie). */
    boolean matches(String sent, String username, String csrfCookie) {
        if (sent == null || username == null || csrfCookie == null || csrfCookie.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(tokenFor(username, csrfCookie).getBytes(StandardCharsets.US_ASCII),
                sent.getBytes(StandardCharsets.UTF_8));
    }

    String tokenFor(String username, String csrfToken) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(hmac(key, "staff-form\n" + username + "\n" + csrfToken));
    }

    private static byte[] hmac(SecretKeySpec key, String message) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
