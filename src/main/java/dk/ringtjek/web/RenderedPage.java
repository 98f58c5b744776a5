package dk.ringtjek.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.zip.GZIPOutputStream;

import jakarta.ws.rs.core.EntityTag;

/**
 * A public page as it is sent: its HTML (or, for the API, its JSON), the same gzip-compressed once, and
 * an entity tag taken from its content. The same HTML gives the same bytes and the same tag on every instance and after every
 * restart, so browsers and shared caches can revalidate a page with any instance.
 * <p>
 * The tag is weak because one tag stands for both the plain and the compressed bytes.
 */
public final class RenderedPage {

    private static final int COMPRESSION_LEVEL = 6;
    private static final int TAG_BYTES = 16;
    private static final String HTML = "text/html;charset=UTF-8";
    private static final String JSON = "application/json";

    private final byte[] plain;
    private final byte[] gzip;
    private final EntityTag etag;
    private final String mediaType;

    private RenderedPage(byte[] plain, byte[] gzip, EntityTag etag, String mediaType) {
        this.plain = plain;
        this.gzip = gzip;
        this.etag = etag;
        this.mediaType = mediaType;
    }

    public static RenderedPage of(String html) {
        return of(html, HTML);
    }

    /** An answer of the API, sent like a page. */
    public static RenderedPage json(String json) {
        return of(json, JSON);
    }

    private static RenderedPage of(String content, String mediaType) {
        byte[] plain = content.getBytes(StandardCharsets.UTF_8);
        return new RenderedPage(plain, gzip(plain), new EntityTag(tagOf(plain), true), mediaType);
    }

    /** The Content-Type it is sent with. */
    public String mediaType() {
        return mediaType;
    }

    public byte[] plain() {
        return plain;
    }

    public byte[] gzip() {
        return gzip;
    }

    public EntityTag etag() {
        return etag;
    }

    /** What keeping the page costs in memory. */
    public int weight() {
        return plain.length + gzip.length;
    }

    private static String tagOf(byte[] content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, TAG_BYTES));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] gzip(byte[] plain) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 4 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
            {
                def.setLevel(COMPRESSION_LEVEL);
            }
        }) {
            gzip.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
