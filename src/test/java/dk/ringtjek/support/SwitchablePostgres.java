package dk.ringtjek.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager.TestInjector;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import dk.ringtjek.config.EmbeddedDatabase;

/**
 * An embedded PostgreSQL of a test resource's own that a test can stop and start again on the same
 * port and data ({@link RestartablePostgresResource}, {@link ReplicaPostgresResource}). The test gets
 * the switch, a {@code Consumer<Boolean>}, in a field carrying the resource's annotation.
 */
final class SwitchablePostgres {

    private final Path dataDirectory;
    private final int port;
    private volatile EmbeddedPostgres postgres;

    /** A new server in a temporary folder named after {@code purpose}, started on a free port. */
    SwitchablePostgres(String purpose) {
        try {
            dataDirectory = Files.createTempDirectory("ringtjek-" + purpose + "-db");
            try (ServerSocket free = new ServerSocket(0)) {
                port = free.getLocalPort();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        running(true);
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl(EmbeddedDatabase.USER, EmbeddedDatabase.DATABASE);
    }

    /** Gives the switch to the test's fields annotated with {@code annotation}. */
    void injectSwitch(TestInjector injector, Class<? extends Annotation> annotation) {
        Consumer<Boolean> control = this::running;
        // by name: the test and the resource may see the annotation through different class loaders
        Predicate<Field> annotated = field -> Stream.of(field.getAnnotations())
                .anyMatch(a -> a.annotationType().getName().equals(annotation.getName()));
        injector.injectIntoFields(control, annotated);
    }

    synchronized void running(boolean on) {
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

    /** Stops the server and removes its data. */
    void remove() {
        running(false);
        try (Stream<Path> files = Files.walk(dataDirectory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
