package dk.ringtjek.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import dk.ringtjek.config.EmbeddedDatabase;

/**
 * A second PostgreSQL playing the read replica (ringtjek.replica.jdbc-url): a plain server with the
 * same migrated schema, so that a test can give it data the primary does not have and see where a page
 * was read. Not a streaming replica (docker/faults.sh runs a real one); its lag is whatever the test
 * writes into its replica_heartbeat. The test gets a switch in a field annotated {@link ReplicaSwitch}
 * of type {@code Consumer<Boolean>}: {@code accept(false)} stops the server, {@code accept(true)} starts
 * it again on the same port and data.
 */
public class ReplicaPostgresResource implements QuarkusTestResourceLifecycleManager {

    private Path dataDirectory;
    private int port;
    private volatile EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
        try {
            dataDirectory = Files.createTempDirectory("ringtjek-replica-db");
            try (ServerSocket free = new ServerSocket(0)) {
                port = free.getLocalPort();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        running(true);
        String url = postgres.getJdbcUrl(EmbeddedDatabase.USER, EmbeddedDatabase.DATABASE);
        Flyway.configure().dataSource(url, EmbeddedDatabase.USER, "").locations("classpath:db/migration")
                .load().migrate();
        return Map.of(
                "ringtjek.replica.jdbc-url", url,
                "ringtjek.replica.username", EmbeddedDatabase.USER,
                "ringtjek.replica.password", "");
    }

    @Override
    public void inject(TestInjector injector) {
        Consumer<Boolean> control = this::running;
        injector.injectIntoFields(control, ReplicaPostgresResource::isSwitch);
    }

    private static boolean isSwitch(Field field) {
        // by name: the test and this resource may see the annotation through different class loaders
        return Stream.of(field.getAnnotations())
                .anyMatch(a -> a.annotationType().getName().equals(ReplicaSwitch.class.getName()));
    }

    private synchronized void running(boolean on) {
        try {
            if (on && postgres == null) {
                postgres = EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false)
                        .setPort(port).setServerConfig("max_connections", "100").start();
            } else if (!on && postgres != null) {
                postgres.close();
                postgres = null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        running(false);
        try (Stream<Path> files = Files.walk(dataDirectory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
