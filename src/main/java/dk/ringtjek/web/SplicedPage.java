package dk.ringtjek.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;

/**
 * A rendered page compressed once, with holes for the few values that differ per visitor (a CSRF
 * token, a form timer). The page is rendered with a marker in each hole; the text between the holes
 * is deflated piece by piece, each piece on its own and ending on a byte boundary. A response then
 * costs no rendering and no compression: its values go into the holes as stored (uncompressed) deflate
 * blocks, and the gzip checksum is joined from the pieces' checksums. The result is one ordinary gzip
 * member (RFC 1951/1952) that any client inflates.
 */
public final class SplicedPage {

    private static final byte[] GZIP_HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff};
    private static final int MAX_STORED_BLOCK = 0xffff;
    private static final int FIXED_WEIGHT = 200;

    private final byte[][] pieces; // raw deflate; all but the last end with a sync flush, the last is final
    private final int[] pieceCrcs;
    private final long[] pieceLengths;
    private final int[] holes; // holes[i]: the index of the value that goes after piece i
    private final int compressedLength;
    private final String tag;

    private SplicedPage(byte[][] pieces, int[] pieceCrcs, long[] pieceLengths, int[] holes, String tag) {
        this.pieces = pieces;
        this.pieceCrcs = pieceCrcs;
        this.pieceLengths = pieceLengths;
        this.holes = holes;
        this.tag = tag;
        this.compressedLength = Arrays.stream(pieces).mapToInt(piece -> piece.length).sum();
    }

    /**
     * Compresses a rendered page; wherever one of the markers occurs there is a hole for the value of
     * the same index. Markers must be strings no visitor can write (the page escapes what they do).
     */
    public static SplicedPage of(String html, List<String> markers, int level) {
        List<byte[]> texts = new ArrayList<>();
        List<Integer> holes = new ArrayList<>();
        int from = 0;
        while (true) {
            int next = -1;
            int marker = -1;
            for (int m = 0; m < markers.size(); m++) {
                int at = html.indexOf(markers.get(m), from);
                if (at >= 0 && (next < 0 || at < next)) {
                    next = at;
                    marker = m;
                }
            }
            if (next < 0) {
                texts.add(html.substring(from).getBytes(StandardCharsets.UTF_8));
                break;
            }
            texts.add(html.substring(from, next).getBytes(StandardCharsets.UTF_8));
            holes.add(marker);
            from = next + markers.get(marker).length();
        }
        int n = texts.size();
        byte[][] pieces = new byte[n][];
        int[] crcs = new int[n];
        long[] lengths = new long[n];
        Deflater deflater = new Deflater(level, true);
        try {
            for (int i = 0; i < n; i++) {
                byte[] text = texts.get(i);
                pieces[i] = deflate(deflater, text, i == n - 1);
                crcs[i] = crcOf(text);
                lengths[i] = text.length;
            }
        } finally {
            deflater.end();
        }
        return new SplicedPage(pieces, crcs, lengths, holes.stream().mapToInt(Integer::intValue).toArray(),
                tagOf(html));
    }

    /** Each piece on its own (no back-references into another), so that anything may go between them. */
    private static byte[] deflate(Deflater deflater, byte[] text, boolean last) {
        deflater.reset();
        deflater.setInput(text);
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length / 3 + 64);
        byte[] buffer = new byte[8192];
        if (last) {
            deflater.finish();
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
        } else {
            int written;
            do {
                written = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
                out.write(buffer, 0, written);
            } while (written == buffer.length); // a full buffer: the flush may not be complete
        }
        return out.toByteArray();
    }

    /** The page with the given values in its holes, as one gzip member. */
    public byte[] gzip(List<String> values) {
        byte[][] valueBytes = new byte[values.size()][];
        for (int v = 0; v < valueBytes.length; v++) {
            valueBytes[v] = values.get(v).getBytes(StandardCharsets.UTF_8);
        }
        int size = GZIP_HEADER.length + compressedLength + 8;
        for (int hole : holes) {
            int length = valueBytes[hole].length;
            size += length + 5 * Math.max(1, (length + MAX_STORED_BLOCK - 1) / MAX_STORED_BLOCK);
        }
        byte[] out = new byte[size];
        System.arraycopy(GZIP_HEADER, 0, out, 0, GZIP_HEADER.length);
        int at = GZIP_HEADER.length;
        int crc = 0;
        long total = 0;
        for (int i = 0; i < pieces.length; i++) {
            System.arraycopy(pieces[i], 0, out, at, pieces[i].length);
            at += pieces[i].length;
            crc = Crc32s.combine(crc, pieceCrcs[i], pieceLengths[i]);
            total += pieceLengths[i];
            if (i < holes.length) {
                byte[] value = valueBytes[holes[i]];
                at = stored(value, out, at);
                crc = Crc32s.combine(crc, crcOf(value), value.length);
                total += value.length;
            }
        }
        at = littleEndian(crc, out, at);
        littleEndian((int) total, out, at);
        return out;
    }

    /** The page with the given values, uncompressed (for the rare client that does not take gzip). */
    public byte[] plain(List<String> values) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip(values)))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A tag for the page without its per-visitor values. */
    public String tag() {
        return tag;
    }

    /** Roughly the bytes this page keeps in memory. */
    public int weight() {
        return compressedLength + 16 * pieces.length + FIXED_WEIGHT;
    }

    /** Stored blocks: a byte-aligned header (not final, type 00), LEN and its complement, the bytes. */
    private static int stored(byte[] value, byte[] out, int at) {
        int offset = 0;
        do {
            int length = Math.min(MAX_STORED_BLOCK, value.length - offset);
            out[at++] = 0;
            out[at++] = (byte) length;
            out[at++] = (byte) (length >>> 8);
            out[at++] = (byte) ~length;
            out[at++] = (byte) (~length >>> 8);
            System.arraycopy(value, offset, out, at, length);
            at += length;
            offset += length;
        } while (offset < value.length);
        return at;
    }

    private static int littleEndian(int value, byte[] out, int at) {
        for (int shift = 0; shift < 32; shift += 8) {
            out[at++] = (byte) (value >>> shift);
        }
        return at;
    }

    private static int crcOf(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return (int) crc.getValue();
    }

    private static String tagOf(String html) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(html.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 18));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
