package dk.ringtjek.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

class SplicedPageTest {

    private static final List<String> MARKERS = List.of("@@csrf@@", "@@form@@");

    @Test
    void joinedChecksumsEqualTheChecksumOfTheWhole() {
        Random random = new Random(7);
        for (int i = 0; i < 200; i++) {
            byte[] a = new byte[random.nextInt(3000)];
            byte[] b = new byte[random.nextInt(i < 100 ? 100 : 100_000)];
            random.nextBytes(a);
            random.nextBytes(b);
            CRC32 whole = new CRC32();
            whole.update(a);
            whole.update(b);
            assertEquals((int) whole.getValue(), Crc32s.combine(crc(a), crc(b), b.length));
        }
    }

    @Test
    void aSplicedPageInflatesToThePageWithItsValues() throws IOException {
        String html = "<!DOCTYPE html><p>Rød grød med fløde – 70 11 40 40</p>"
                + "<form><input name=\"csrf\" value=\"@@csrf@@\"><input name=\"formToken\" value=\"@@form@@\"></form>"
                + "<p>æøå</p>".repeat(500) + "<form><input value=\"@@csrf@@\"></form>";
        SplicedPage page = SplicedPage.of(html, MARKERS, Deflater.DEFAULT_COMPRESSION);

        String expected = html.replace("@@csrf@@", "tokenA").replace("@@form@@", "1764000000.abc");
        assertEquals(expected, inflate(page.gzip(List.of("tokenA", "1764000000.abc"))));
        assertEquals(expected, new String(page.plain(List.of("tokenA", "1764000000.abc")), StandardCharsets.UTF_8));
        assertTrue(page.gzip(List.of("tokenA", "x")).length < html.length() / 4, "the text is compressed");
    }

    @Test
    void holesAtTheEdgesNextToEachOtherAndNone() throws IOException {
        for (String html : List.of("", "no holes at all", "@@csrf@@", "@@csrf@@@@form@@@@csrf@@",
                "@@form@@ in the middle @@csrf@@", "end @@form@@")) {
            SplicedPage page = SplicedPage.of(html, MARKERS, Deflater.BEST_SPEED);
            assertEquals(html.replace("@@csrf@@", "C").replace("@@form@@", "ø"),
                    inflate(page.gzip(List.of("C", "ø"))), html);
            assertEquals(html.replace("@@csrf@@", "").replace("@@form@@", ""),
                    inflate(page.gzip(List.of("", ""))), html);
        }
    }

    @Test
    void valuesLongerThanOneStoredBlock() throws IOException {
        String big = "x".repeat(70_000) + "y".repeat(70_000);
        SplicedPage page = SplicedPage.of("a@@csrf@@b@@form@@c", MARKERS, Deflater.DEFAULT_COMPRESSION);
        assertEquals("a" + big + "b" + big + "c", inflate(page.gzip(List.of(big, big))));
    }

    @Test
    void theTagFollowsTheTextNotTheValues() {
        SplicedPage one = SplicedPage.of("<p>one</p>@@csrf@@", MARKERS, 6);
        assertEquals(one.tag(), SplicedPage.of("<p>one</p>@@csrf@@", MARKERS, 1).tag());
        assertNotEquals(one.tag(), SplicedPage.of("<p>two</p>@@csrf@@", MARKERS, 6).tag());
    }

    private static String inflate(byte[] gzip) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static int crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return (int) crc.getValue();
    }
}
