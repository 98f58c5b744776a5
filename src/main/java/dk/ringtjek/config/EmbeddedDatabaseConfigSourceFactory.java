package dk.ringtjek.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;

/**
 * Starts the embedded PostgreSQL when the application runs without a configured database URL and
 * hands its URL to the datasource. Production sets QUARKUS_DATASOURCE_JDBC_URL and never gets here.
 */
public class EmbeddedDatabaseConfigSourceFactory implements ConfigSourceFactory {

    static final String ENABLED = "ringtjek.embedded-db.enabled";
    static final String DATA_DIR = "ringtjek.embedded-db.data-dir";
    static final String JDBC_URL = "quarkus.datasource.jdbc.url";

    private static final String BUILD_CONFIG_READER = "io.quarkus.deployment.configuration.BuildTimeConfigurationReader";

    private static EmbeddedDatabase running;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (isFalse(context.getValue(ENABLED)) || isSet(context.getValue(JDBC_URL)) || isBuildTime()) {
            return List.of();
        }
        EmbeddedDatabase database = startOnce(Path.of(valueOr(context.getValue(DATA_DIR), ".data/postgres")));
        return List.of(new PropertiesConfigSource(Map.of(
                JDBC_URL, database.jdbcUrl(),
                "quarkus.datasource.username", EmbeddedDatabase.USER,
                "quarkus.datasource.password", ""), "embedded-postgres", 150));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(150);
    }

    /** The server this process started, if any, so that shutdown can stop it last. */
    static synchronized EmbeddedDatabase running() {
        return running;
    }

    private static synchronized EmbeddedDatabase startOnce(Path dataDirectory) {
        if (running == null) {
            running = EmbeddedDatabase.start(dataDirectory.toAbsolutePath());
        }
        return running;
    }

    /**
     * The Quarkus build reads configuration too, and would record the URL of a server that is gone by
     * the time the application runs; the server is only started when the application itself starts.
     */
    private static boolean isBuildTime() {
        return StackWalker.getInstance().walk(frames -> frames.anyMatch(
                frame -> frame.getClassName().startsWith(BUILD_CONFIG_READER)));
    }

    private static boolean isFalse(ConfigValue value) {
        return value != null && "false".equalsIgnoreCase(value.getValue());
    }

    private static boolean isSet(ConfigValue value) {
        return value != null && value.getValue() != null && !value.getValue().isBlank();
    }

    private static String valueOr(ConfigValue value, String fallback) {
        return isSet(value) ? value.getValue() : fallback;
    }
}
