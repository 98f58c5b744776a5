package dk.ringtjek.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import dk.ringtjek.report.Report;
import dk.ringtjek.support.Csrf;
import dk.ringtjek.support.Reports;

/**
 * The bad-input corpus: every case in src/test/resources/corpus/*.jsonl is sent as written and must
 * get no 5xx, echo no payload unescaped, leak no exception text, and change the database only as
 * the case says (by default not at all).
 */
@QuarkusTest
class BadInputCorpusTest {

    private static final int MINIMUM_CASES = 200;
    /** The report that flag and helpful-vote cases aim at ({report} in a case). */
    private static final String FIXTURE_PAGE = "/nummer/30490000";
    private static final String FIXTURE_COMMENT = "Korpus: den anmeldelse som flag og stemmer rammer";
    /** Reports made for one case alone ({freshReport}) live on numbers from here on. */
    private static final long FRESH_NUMBERS_FROM = 30600001L;
    /** A payload this long and with markup must never come back as it was sent. */
    private static final int ECHO_CHECK_MIN_LENGTH = 6;
    private static final List<String> MARKUP_NEVER_IN_A_PAGE = List.of("<script>", "<script src", "<img src=x", "<svg/onload", "<svg onload", "<iframe",
            "href=\"//", "href=\"/\\", "href=\"javascript:");
    private static final List<String> LEAKS = List.of("Exception", "exception", "Caused by", "at dk.ringtjek.",
            "at io.", "at org.", "org.hibernate", "SQLState", "PSQL", "postgresql", "syntax error at");

    @Inject
    DataSource dataSource;

    @TestHTTPResource("/")
    URL base;

    @Test
    void shouldHaveAtLeastTwoHundredCases() throws IOException, URISyntaxException {
        long cases = corpusFiles().stream().mapToLong(file -> CorpusCase.load(file).size()).sum();
        assertTrue(cases >= MINIMUM_CASES, "the corpus has " + cases + " cases");
    }

    @TestFactory
    Stream<DynamicContainer> shouldSurviveEveryCaseOfTheBadInputCorpus() throws IOException, URISyntaxException {
        Fixture fixture = fixture();
        AtomicInteger clients = new AtomicInteger();
        AtomicLong freshNumbers = new AtomicLong(FRESH_NUMBERS_FROM);
        return corpusFiles().stream().map(file -> DynamicContainer.dynamicContainer(file,
                CorpusCase.load(file).stream().map(c -> DynamicTest.dynamicTest(c.displayName(), () -> {
                    int client = clients.getAndIncrement();
                    String path = c.path().replace("{report}", Long.toString(fixture.reportId()));
                    if (path.contains("{freshReport}")) {
                        String fresh = freshReport(fixture.csrf(), freshNumbers.getAndIncrement());
                        path = path.replace("{freshReport}", fresh);
                    }
                    run(c, onTheWire(path), fixture, "10.77." + (client / 250) + "." + (client % 250 + 1));
                }))));
    }

    private record Fixture(long reportId, Csrf csrf) {
    }

    private Fixture fixture() {
        Csrf csrf = Csrf.from(FIXTURE_PAGE);
        return new Fixture(postReport(FIXTURE_PAGE, csrf, "10.76.0.1", FIXTURE_COMMENT), csrf);
    }

    /** A report made for one case: "/nummer/{n}/anmeldelser/{id}". */
    private static String freshReport(Csrf csrf, long number) {
        String page = "/nummer/" + number;
        long id = postReport(page, csrf, "10.76.1." + (number % 250 + 1),
                "Korpus: en anmeldelse til et enkelt tilfælde " + number);
        return page + "/anmeldelser/" + id;
    }

    private static long postReport(String page, Csrf csrf, String client, String comment) {
        Reports.post(page, csrf, client, Reports.report("NEGATIVE", "SALES", comment)).statusCode(303);
        return QuarkusTransaction.requiringNew().call(
                () -> ((Report) Report.find("comment", comment).firstResult()).id);
    }

    private void run(CorpusCase c, String target, Fixture fixture, String client) throws IOException {
        List<String[]> headers = headers(c, fixture.csrf(), client);
        byte[] body = body(c, fixture, client);

        DatabaseFingerprint before = DatabaseFingerprint.of(dataSource);
        RawHttp.Response response = RawHttp.send(base.getHost(), base.getPort(), c.method(), target, headers, body);
        DatabaseFingerprint after = DatabaseFingerprint.of(dataSource);

        String where = c.file() + ":" + c.line() + " " + c.method() + " " + abbreviated(target) + " -> HTTP "
                + response.status() + "\n" + abbreviated(response.body());
        assertTrue(response.status() < 500, "no server error: " + where);
        assertTrue(c.expects(response.status()), "expected HTTP " + c.expect() + ": " + where);
        List<String> payloads = payloads(c, target);
        assertSafe(response, payloads, where);
        c.contains().forEach(text -> assertTrue(response.body().contains(text),
                "should contain " + text + ": " + where));
        c.notContains().forEach(text -> assertFalse(response.body().contains(text), "contains " + text + ": " + where));
        assertDatabase(c, before, after, where);

        // where a redirect leads (the number page with a saved report) must show every payload escaped too
        String location = response.headers().get("location");
        if (response.status() / 100 == 3 && location != null) {
            String next = location.startsWith("/") ? location : location.replaceFirst("^https?://[^/]+", "");
            // the same person: cookies and client address (so page-view limits count them as one)
            List<String[]> samePerson = headers.stream().filter(h -> h[0].equalsIgnoreCase("Cookie")
                    || h[0].equalsIgnoreCase("X-Forwarded-For")).toList();
            RawHttp.Response followed = RawHttp.send(base.getHost(), base.getPort(), "GET",
                    onTheWire(next.replaceFirst("#.*", "")), samePerson, null);
            String followedWhere = where + "\nthen GET " + next + " -> HTTP " + followed.status() + "\n"
                    + abbreviated(followed.body());
            assertSafe(followed, payloads, followedWhere);
            c.notContains().forEach(text -> assertFalse(followed.body().contains(text),
                    "contains " + text + ": " + followedWhere));
            assertEquals(after.values(), DatabaseFingerprint.of(dataSource).values(), "a GET changed the database: "
                    + followedWhere);
        }
    }

    /** No server error, no payload as it was sent, no markup a page of ours never has, no exception text. */
    private static void assertSafe(RawHttp.Response response, List<String> payloads, String where) {
        assertTrue(response.status() < 500, "no server error: " + where);
        for (String payload : payloads) {
            if (payload.length() >= ECHO_CHECK_MIN_LENGTH && (payload.contains("<") || payload.contains("\""))) {
                assertFalse(response.body().contains(payload), "payload echoed unescaped: " + abbreviated(payload)
                        + "\n" + where);
            }
        }
        String lowerCase = response.body().toLowerCase(Locale.ROOT);
        MARKUP_NEVER_IN_A_PAGE.forEach(markup -> assertFalse(lowerCase.contains(markup), markup + " in " + where));
        LEAKS.forEach(leak -> assertFalse(response.body().contains(leak), "leaks \"" + leak + "\": " + where));
    }

    /** Nothing changes unless the case says which rows it adds; then exactly those. */
    private static void assertDatabase(CorpusCase c, DatabaseFingerprint before, DatabaseFingerprint after,
            String where) {
        if (c.saves().isEmpty()) {
            assertEquals(before.values(), after.values(), "the database changed: " + where);
            return;
        }
        for (String table : DatabaseFingerprint.ROW_COUNTS) {
            long expected = c.saves().getOrDefault(table, 0L);
            assertEquals(expected, after.rows(table) - before.rows(table), "rows added to " + table + ": " + where);
        }
    }

    private static List<String[]> headers(CorpusCase c, Csrf csrf, String client) {
        List<String[]> headers = new ArrayList<>();
        boolean hasClient = false;
        String cookie = c.csrf() == CorpusCase.Csrf.VALID || c.csrf() == CorpusCase.Csrf.COOKIE_ONLY
                || c.csrf() == CorpusCase.Csrf.WRONG ? Csrf.NAME + "=" + csrf.cookie() : null;
        for (String[] header : c.headers()) {
            if (header[0].equalsIgnoreCase("X-Forwarded-For")) {
                hasClient = true;
            }
            if (header[0].equalsIgnoreCase("Cookie") && cookie != null) {
                headers.add(new String[] {header[0], cookie + "; " + header[1]});
                cookie = null;
            } else {
                headers.add(header);
            }
        }
        if (cookie != null) {
            headers.add(new String[] {"Cookie", cookie});
        }
        if (!hasClient) {
            headers.add(new String[] {"X-Forwarded-For", client});
        }
        if (c.body() != null || !c.form().isEmpty() || c.method().equals("POST")) {
            headers.add(new String[] {"Content-Type",
                    c.contentType() != null ? c.contentType() : "application/x-www-form-urlencoded; charset=UTF-8"});
        }
        return headers;
    }

    private static byte[] body(CorpusCase c, Fixture fixture, String client) {
        String token = switch (c.csrf()) {
            case VALID, FIELD_ONLY -> fixture.csrf().field();
            case WRONG -> "AAAAAAAAAAAAAAAAAAAAAA";
            default -> null;
        };
        boolean reportForm = c.path().endsWith("/anmeldelser") || c.path().endsWith("/rediger");
        if (c.body() != null) {
            String body = c.body().replace("{report}", Long.toString(fixture.reportId()));
            if (token != null) {
                body += "&" + Csrf.NAME + "=" + token;
            }
            if (reportForm && !body.contains("formToken=")) {
                body += "&formToken=" + encode(formToken(c, client));
            }
            return body.getBytes(StandardCharsets.UTF_8);
        }
        if (c.form().isEmpty() && token == null) {
            return c.method().equals("POST") ? new byte[0] : null;
        }
        List<String> fields = new ArrayList<>();
        for (String[] field : c.form()) {
            String value = field[1].replace("{report}", Long.toString(fixture.reportId()));
            fields.add(encode(field[0]) + "=" + encode(value));
        }
        if (token != null) {
            fields.add(Csrf.NAME + "=" + encode(token));
        }
        if (reportForm && c.form().stream().noneMatch(field -> field[0].equals("formToken"))) {
            // a browser sends back the timing token the form was shown with (a person's pace)
            fields.add("formToken=" + encode(formToken(c, client)));
        }
        return String.join("&", fields).getBytes(StandardCharsets.UTF_8);
    }

    /** The timing token a browser at {@code client} got with the form at the case's path (a person's pace). */
    private static String formToken(CorpusCase c, String client) {
        String sentFrom = c.headers().stream().filter(h -> h[0].equalsIgnoreCase("X-Forwarded-For"))
                .map(h -> h[1]).findFirst().orElse(client);
        String lastHop = sentFrom.substring(sentFrom.lastIndexOf(',') + 1).strip();
        if (!lastHop.matches("[0-9a-fA-F:.]+") || lastHop.matches(".*\\d{4,}.*|.*(25[6-9]|2[6-9]\\d|[3-9]\\d\\d).*")) {
            sentFrom = "127.0.0.1"; // a header the app does not believe: the key is the connection's
        }
        try {
            return Csrf.humanFormToken(sentFrom, c.path());
        } catch (RuntimeException e) {
            return "0.none"; // a path whose number does not parse: the post fails before the token matters
        }
    }

    /** Every value the case sends that a page might show: path, query, form fields and headers. */
    private static List<String> payloads(CorpusCase c, String target) {
        List<String> payloads = new ArrayList<>();
        int query = target.indexOf('?');
        payloads.add(percentDecoded(query < 0 ? target : target.substring(0, query), false));
        if (query >= 0) {
            for (String pair : target.substring(query + 1).split("&")) {
                for (String part : pair.split("=", 2)) {
                    payloads.add(percentDecoded(part, true));
                }
            }
        }
        c.form().forEach(field -> payloads.add(field[1]));
        c.headers().forEach(header -> payloads.add(header[1]));
        if (c.body() != null) {
            for (String pair : c.body().split("&")) {
                for (String part : pair.split("=", 2)) {
                    payloads.add(percentDecoded(part, true));
                }
            }
        }
        for (String segment : target.split("[/?&=]")) {
            payloads.add(percentDecoded(segment, false));
        }
        return payloads;
    }

    /** The request target as sent: everything printable as written, the rest percent-encoded in UTF-8. */
    private static String onTheWire(String path) {
        StringBuilder out = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c > ' ' && c < 0x7f) {
                out.append((char) c);
            } else {
                out.append(String.format("%%%02X", c));
            }
        }
        return out.toString();
    }

    /** Percent-decoding that leaves broken escapes as they are, as a lenient server would. */
    private static String percentDecoded(String text, boolean plusIsSpace) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '%' && i + 2 < text.length() && isHex(text.charAt(i + 1)) && isHex(text.charAt(i + 2))) {
                bytes.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 2;
            } else if (ch == '+' && plusIsSpace) {
                bytes.write(' ');
            } else {
                byte[] encoded = String.valueOf(ch).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String abbreviated(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "... (" + text.length() + " characters)";
    }

    private static List<String> corpusFiles() throws IOException, URISyntaxException {
        Path folder = Path.of(BadInputCorpusTest.class.getClassLoader().getResource("corpus").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jsonl"))
                    .sorted().toList();
            if (names.isEmpty()) {
                fail("no corpus files in " + folder);
            }
            return names;
        }
    }
}
