package dk.ringtjek.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import dk.ringtjek.support.ProductionSettingsProfile;

/**
 * A path a person never types (a ';' path parameter, characters a cookie cannot hold) on a staff page,
 * without a login: it is answered at once, with the login redirect or a 404, and leaves no stack trace.
 * The login redirect used to store such a path in a cookie, which failed while the answer was written
 * and left the connection open forever.
 */
@QuarkusTest
@TestProfile(ProductionSettingsProfile.class)
class ProtectedPathTest {

    /** Far longer than an answer takes, far shorter than "forever". */
    private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(20);

    @TestHTTPResource("/")
    URI root;

    @ParameterizedTest
    @ValueSource(strings = {"/moderation;x", "/admin/accounts;x", "/redaktion;a", "/konto;x", "/moderation/;x",
        "/moderation,x", "/moderation?a;b", "/moderation?x=%22;%5C", "/admin;jsessionid=1"})
    void shouldAnswerAStaffPathWithAStrangeCharacterAtOnceAndQuietly(String path)
            throws IOException, InterruptedException {
        List<LogRecord> logged = new CopyOnWriteArrayList<>();
        Handler recorder = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.INFO.intValue()) {
                    logged.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger.getLogger("").addHandler(recorder);
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(CLIENT_TIMEOUT)
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(root.resolve(path))
                    .timeout(CLIENT_TIMEOUT).header("X-Forwarded-Proto", "https").build(),
                    HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            assertTrue(status == 404 || status == 302 && response.headers().firstValue("Location")
                    .orElse("").endsWith("/login"), path + " answered " + status);
        } finally {
            Logger.getLogger("").removeHandler(recorder);
        }
        assertTrue(logged.size() <= 1, "at most one log line, got " + logged.size());
        assertEquals(0, logged.stream().filter(r -> r.getThrown() != null).count(), "no stack trace in the log");
    }
}
