package dk.ringtjek.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped nginx configuration (docker/nginx.conf) passes nginx -t, and started in front of a stub
 * upstream it behaves as the shared cache of the production topology should: a second GET of a public
 * page is a HIT, answers that set a cookie or are private never come from the cache, one gzip'd copy
 * serves every client, the client address is appended to X-Forwarded-For, a dead instance is skipped and
 * the management paths are not proxied. Skipped without Debian's nginx unless RINGTJEK_NGINX_TESTS=required.
 */
class NginxConfigTest {

    private static final String VISITOR_ADDRESS = "203.0.113.7";

    private static StubUpstream upstream;
    private static NginxProcess nginx;
    private static HttpClient client;

    @BeforeAll
    static void startNginxInFrontOfAStubAndADeadInstance() throws Exception {
        upstream = new StubUpstream();
        // nothing listens on the first instance's port: nginx must pass its requests to the other one
        String dead = "127.0.0.1:" + NginxProcess.freePort();
        nginx = NginxProcess.render(List.of(dead, upstream.address()));
        nginx.start();
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    @AfterAll
    static void stop() {
        if (nginx != null) {
            nginx.close();
        }
        if (upstream != null) {
            upstream.close();
        }
    }

    @Test
    void shippedConfigurationPassesNginxTest() throws Exception {
        String output = nginx.test();

        assertTrue(output.contains("syntax is ok") && output.contains("test is successful"), output);
    }

    @Test
    void secondGetOfAPublicPageIsACacheHitThatNeverReachesTheApp() throws Exception {
        String path = "/public/second-get";
        HttpResponse<byte[]> first = get(path, "gzip");
        HttpResponse<byte[]> second = get(path, "gzip");

        assertEquals(200, first.statusCode());
        assertEquals("MISS", cacheStatus(first));
        assertEquals("HIT", cacheStatus(second));
        assertEquals(StubUpstream.ETAG, second.headers().firstValue("ETag").orElse(null));
        assertEquals(StubUpstream.PUBLIC_CACHE_CONTROL, second.headers().firstValue("Cache-Control").orElse(null));
        assertEquals(StubUpstream.bodyOf(path), gunzip(second.body()));
        assertEquals(1, upstream.seen(path).size());
    }

    @Test
    void aCachedPageAnswersItsETagWith304() throws Exception {
        String path = "/public/etag";
        get(path, "gzip");
        HttpRequest revalidation = request(path, "gzip").header("If-None-Match", StubUpstream.ETAG).build();

        HttpResponse<byte[]> answer = client.send(revalidation, HttpResponse.BodyHandlers.ofByteArray());

        assertEquals(304, answer.statusCode());
        assertEquals(1, upstream.seen(path).size());
    }

    @Test
    void answersThatSetACookieAreNeverServedFromTheCache() throws Exception {
        String path = "/cookie/form";
        HttpResponse<byte[]> first = get(path, "gzip");
        HttpResponse<byte[]> second = get(path, "gzip");

        assertEquals(200, first.statusCode());
        assertNotEquals("HIT", cacheStatus(second));
        assertTrue(second.headers().firstValue("Set-Cookie").isPresent());
        assertEquals(2, upstream.seen(path).size());
    }

    @Test
    void privateNoStoreAnswersAreNeverServedFromTheCache() throws Exception {
        String path = "/private/report-form";
        get(path, "gzip");
        HttpResponse<byte[]> second = get(path, "gzip");

        assertNotEquals("HIT", cacheStatus(second));
        assertEquals(2, upstream.seen(path).size());
    }

    @Test
    void aClientWithoutGzipGetsThePageDecompressedFromTheSameCopy() throws Exception {
        String path = "/public/no-gzip";
        get(path, "gzip");
        HttpResponse<byte[]> plain = get(path, null);

        assertEquals("HIT", cacheStatus(plain));
        assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty());
        assertEquals(StubUpstream.bodyOf(path), new String(plain.body(), StandardCharsets.UTF_8));
        // one request reached the app, and it asked for gzip whatever the client said
        List<StubUpstream.Seen> seen = upstream.seen(path);
        assertEquals(1, seen.size());
        assertEquals("gzip", seen.get(0).header("Accept-Encoding"));
    }

    @Test
    void theReportFormAndTheViewBeaconGoPastTheCache() throws Exception {
        for (String path : List.of("/nummer/70114040/anmeld", "/en/number/70114040/report", "/nummer/70114040/vist.gif")) {
            assertEquals("BYPASS", cacheStatus(get(path, "gzip")), path);
        }
    }

    @Test
    void theClientAddressIsAppendedToXForwardedForWithTheScheme() throws Exception {
        String path = "/private/forwarded";
        HttpRequest request = request(path, "gzip").header("X-Forwarded-For", VISITOR_ADDRESS).build();

        client.send(request, HttpResponse.BodyHandlers.discarding());

        StubUpstream.Seen seen = upstream.seen(path).get(0);
        assertEquals(VISITOR_ADDRESS + ", 127.0.0.1", seen.header("X-Forwarded-For"));
        assertEquals("http", seen.header("X-Forwarded-Proto"));
    }

    @Test
    void aDeadInstanceIsSkippedForEveryRequest() throws Exception {
        for (int i = 0; i < 4; i++) {
            assertEquals(200, get("/private/failover-" + i, "gzip").statusCode());
        }
    }

    @Test
    void withNoInstanceReachableTheAnswerIs503WithRetryAfter() throws Exception {
        try (NginxProcess alone = NginxProcess.render(List.of("127.0.0.1:" + NginxProcess.freePort()))) {
            alone.start();
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + alone.httpPort + "/nummer/70114040"))
                    .timeout(Duration.ofSeconds(30)).build();

            HttpResponse<String> answer = client.send(request, HttpResponse.BodyHandlers.ofString());

            assertEquals(503, answer.statusCode());
            assertTrue(answer.headers().firstValue("Retry-After").isPresent());
        }
    }

    @Test
    void healthAndMetricsPathsAreNotProxied() throws Exception {
        HttpResponse<byte[]> answer = get("/q/health", "gzip");

        assertEquals(404, answer.statusCode());
        assertTrue(upstream.seen("/q/health").isEmpty());
    }

    private static HttpRequest.Builder request(String path, String acceptEncoding) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + nginx.httpPort + path))
                .timeout(Duration.ofSeconds(30));
        if (acceptEncoding != null) {
            builder.header("Accept-Encoding", acceptEncoding);
        }
        return builder;
    }

    private static HttpResponse<byte[]> get(String path, String acceptEncoding) throws IOException, InterruptedException {
        return client.send(request(path, acceptEncoding).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String cacheStatus(HttpResponse<?> response) {
        return response.headers().firstValue("X-Cache-Status").orElse("");
    }

    private static String gunzip(byte[] bytes) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
