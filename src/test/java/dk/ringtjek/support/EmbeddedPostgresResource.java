package dk.ringtjek.support;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import dk.ringtjek.config.EmbeddedDatabase;

/** A fresh, real PostgreSQL for the test run, deleted afterwards. */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedDatabase database;

    @Override
    public Map<String, String> start() {
        database = EmbeddedDatabase.startTemporary();
        return Map.of(
                "quarkus.datasource.jdbc.url", database.jdbcUrl(),
                "quarkus.datasource.username", EmbeddedDatabase.USER,
                "quarkus.datasource.password", "");
    }

    @Override
    public void stop() {
        if (database != null) {
            database.close();
        }
    }
}
