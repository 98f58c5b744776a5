package dk.ringtjek.stats;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Remembers which visitor has already looked a number up on a day, so that one client adds at most
 * one lookup per number per day however often it reloads the page.
 * <p>
 * A visitor is a keyed hash (the {@link dk.ringtjek.abuse.ClientKey} of the request, an HMAC with our
 * secret); what is kept is 64 bits of SHA-256 over that key, the number and the day, never the key
 * itself. The memory is bounded: one Caffeine cache of at most {@code capacity} such fingerprints
 * (about 90 bytes each). When it is full, the least used are forgotten first, so a client reloading
 * one number keeps its own entry; a forgotten visitor coming back would be counted once more, an
 * overcount that takes many distinct clients to cause. Entries of past days are never asked for
 * again and are the first to go. Per application instance, like the counts themselves.
 */
final class DistinctVisitors {

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    private final Cache<Long, Boolean> seen;

    DistinctVisitors(long capacity) {
        this.seen = Caffeine.newBuilder().maximumSize(capacity).build();
    }

    /** True exactly once per visitor, number and day, also when called from many threads at once. */
    boolean firstVisit(String visitorKey, String e164, LocalDate day) {
        return seen.asMap().putIfAbsent(fingerprint(visitorKey, e164, day), Boolean.TRUE) == null;
    }

    private static long fingerprint(String visitorKey, String e164, LocalDate day) {
        MessageDigest sha = SHA256.get();
        sha.reset();
        sha.update((visitorKey + '\n' + e164 + '\n' + day).getBytes(StandardCharsets.UTF_8));
        byte[] hash = sha.digest();
        long value = 0;
        for (int i = 0; i < Long.BYTES; i++) {
            value = (value << 8) | (hash[i] & 0xff);
        }
        return value;
    }
}
