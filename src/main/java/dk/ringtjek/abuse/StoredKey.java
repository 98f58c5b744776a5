package dk.ringtjek.abuse;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The key under which a count is stored in the database: SHA-256 of what is counted (a limit's name)
 * and whose (a client key, an account name), so that no user name and nothing reversible lands in a
 * table. As hex, the form the batched statements pass in arrays.
 */
public final class StoredKey {

    private StoredKey() {
    }

    public static String of(String namespace, String key) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(namespace.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return HexFormat.of().formatHex(sha.digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
