package dk.ringtjek.support;

import java.util.Map;

import org.flywaydb.core.Flyway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

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

    private SwitchablePostgres postgres;

    @Override
    public Map<String, String> start() {
        postgres = new SwitchablePostgres("replica");
        String url = postgres.jdbcUrl();
        Flyway.configure().dataSource(url, EmbeddedDatabase.USER, "").locations("classpath:db/migration")
                .load().migrate();
        return Map.of(
                "ringtjek.replica.jdbc-url", url,
                "ringtjek.replica.username", EmbeddedDatabase.USER,
                "ringtjek.replica.password", "");
    }

    @Override
    public void inject(TestInjector injector) {
        postgres.injectSwitch(injector, ReplicaSwitch.class);
    }

    @Override
    public void stop() {
        postgres.remove();
    }
}
