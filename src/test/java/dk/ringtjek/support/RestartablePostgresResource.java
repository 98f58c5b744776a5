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

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import dk.ringtjek.config.EmbeddedDatabase;

/**
 * A PostgreSQL of the test class's own that the test can stop and start again, on the same port and
 * data, for a real database outage. The test gets the switch in a field annotated {@link DatabaseSwitch}
 * of type {@code Consumer<Boolean>}: {@code accept(false)} stops the server, {@code accept(true)} starts
 * it. Started after the shared {@link EmbeddedPostgresResource} (higher order), so its address is the one
 * the application uses.
 */
public class RestartablePostgresResource implements QuarkusTestResourceLifecycleManager {

    private Path dataDirectory;
    private int port;
    private volatile EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
        try {
            dataDirectory = Files.createTempDirectory("ringtjek-outage-db");
            try (ServerSocket free = new ServerSocket(0)) {
                port = free.getLocalPort();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        running(true);
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.getJdbcUrl(EmbeddedDatabase.USER, EmbeddedDatabase.DATABASE),
                "quarkus.datasource.username", EmbeddedDatabase.USER,
                "quarkus.datasource.password", "");
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public void inject(TestInjector injector) {
        Consumer<Boolean> control = this::running;
        injector.injectIntoFields(control, RestartablePostgresResource::isSwitch);
    }

    private static boolean isSwitch(Field field) {
        // by name: the test and this resource may see the annotation through different class loaders
        return Stream.of(field.getAnnotations())
                .anyMatch(a -> a.annotationType().getName().equals(DatabaseSwitch.class.getName()));
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
