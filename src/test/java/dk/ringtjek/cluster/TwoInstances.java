package dk.ringtjek.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The production topology in small, for tests of what instances share: one PostgreSQL (embedded,
 * temporary) and the packaged application (target/quarkus-app/quarkus-run.jar) started twice as
 * processes of their own, with production's profile and settings, on free ports. Each logs to a file
 * under target/two-instances/. All of it is stopped after the test class, whatever happened.
 * <p>
 * Instance B keeps number pages for an hour unchecked (RINGTJEK_PAGE_CACHE_TTL), so that a change
 * made through A can only reach B's pages by PostgreSQL's notification.
 */
public class TwoInstances implements BeforeAllCallback, AfterAllCallback {

    public static final String ADMIN = "it-admin";
    public static final String ADMIN_PASSWORD = "it-admin-password-long-enough";
    private static final Duration START_BOUND = Duration.ofSeconds(120);
    private static final Duration STOP_BOUND = Duration.ofSeconds(20);

    /** One running instance: where it answers and its process. */
    public record Instance(String name, String baseUrl, Process process, Path log) {
    }

    private static final List<Instance> INSTANCES = new ArrayList<>();
    private static EmbeddedPostgres database;
    private static Path dataDirectory;

    public static Instance a() {
        return INSTANCES.get(0);
    }

    public static Instance b() {
        return INSTANCES.get(1);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> INSTANCES.forEach(i -> i.process().destroyForcibly())));
        try {
            startAll();
        } catch (Exception | Error e) {
            afterAll(context);
            throw e;
        }
    }

    private static void startAll() throws Exception {
        Path jar = Path.of(System.getProperty("ringtjek.jar", "target/quarkus-app/quarkus-run.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run the integration tests with mvn verify");
        }
        Path logs = Files.createDirectories(Path.of("target", "two-instances"));
        dataDirectory = Files.createTempDirectory("ringtjek-two-instances-db");
        database = EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(true)
                .setServerConfig("max_connections", "150").start();
        String url = database.getJdbcUrl("postgres", "postgres");
        // one after the other: the first creates the schema and the admin, the second finds them
        INSTANCES.add(start("a", jar, logs, url, Map.of()));
        awaitAnswer(INSTANCES.get(0));
        INSTANCES.add(start("b", jar, logs, url, Map.of("RINGTJEK_PAGE_CACHE_TTL", "PT1H")));
        awaitAnswer(INSTANCES.get(1));
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        for (Instance instance : INSTANCES) {
            instance.process().destroy();
        }
        for (Instance instance : INSTANCES) {
            if (!instance.process().waitFor(STOP_BOUND.toSeconds(), TimeUnit.SECONDS)) {
                instance.process().destroyForcibly().waitFor(STOP_BOUND.toSeconds(), TimeUnit.SECONDS);
            }
        }
        INSTANCES.clear();
        if (database != null) {
            database.close();
            database = null;
        }
        if (dataDirectory != null && Files.exists(dataDirectory)) { // the server deletes it itself when it can
            try (Stream<Path> files = Files.walk(dataDirectory)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static Instance start(String name, Path jar, Path logs, String jdbcUrl, Map<String, String> extra)
            throws IOException {
        int port = freePort();
        int managementPort = freePort();
        Path log = logs.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dquarkus.http.port=" + port, "-Dquarkus.http.host=127.0.0.1",
                "-Dquarkus.management.port=" + managementPort, "-Dquarkus.management.host=127.0.0.1",
                "-jar", jar.toString());
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
        env.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        env.put("RINGTJEK_SESSION_SECRET", "two-instances-session-secret-for-tests-only");
        env.put("RINGTJEK_AUTHOR_KEY_SECRET", "two-instances-author-key-secret-for-tests-only");
        // the test's requests come from loopback, which is the proxy here: its X-Forwarded-For names the client
        env.put("RINGTJEK_TRUSTED_PROXIES", "127.0.0.1/32,0:0:0:0:0:0:0:1/128");
        env.put("RINGTJEK_ADMIN_USERNAME", ADMIN);
        env.put("RINGTJEK_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("RINGTJEK_BASE_URL", "http://127.0.0.1:" + port);
        // the tests post forms at machine speed
        env.put("RINGTJEK_ABUSE_MIN_FORM_TIME", "PT0S");
        env.putAll(extra);
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        return new Instance(name, "http://127.0.0.1:" + port, builder.start(), log);
    }

    private static void awaitAnswer(Instance instance) throws Exception {
        long deadline = System.nanoTime() + START_BOUND.toNanos();
        while (System.nanoTime() < deadline) {
            if (!instance.process().isAlive()) {
                throw new IllegalStateException("Instance " + instance.name() + " stopped; see " + instance.log());
            }
            try {
                HttpURLConnection ping = (HttpURLConnection) URI.create(instance.baseUrl() + "/ping").toURL()
                        .openConnection();
                ping.setConnectTimeout(1000);
                ping.setReadTimeout(5000);
                if (ping.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("Instance " + instance.name() + " did not answer within " + START_BOUND
                + "; see " + instance.log());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
