package dk.ringtjek.owner;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secrets of e-mailed links (confirm a claim, set a password): 32 random bytes for the link, and
 * only their SHA-256 in the database, so that a copy of the database opens no link. Never logged.
 */
public final class OneTimeToken {

    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimeToken() {
    }

    /** A new random token, URL-safe. */
    public static String create() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** What is stored for a token: its SHA-256 in hex (64 characters). */
    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest((token == null ? "" : token).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether a string can be a token at all (checked before any database query). */
    public static boolean wellFormed(String token) {
        return token != null && token.matches("[A-Za-z0-9_-]{43}");
    }
}
