package dk.ringtjek.support;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import dk.ringtjek.config.EmbeddedDatabase;

/**
 * A PostgreSQL of the test class's own that the test can stop and start again, on the same port and
 * data, for a real database outage. The test gets the switch in a field annotated {@link DatabaseSwitch}
 * of type {@code Consumer<Boolean>}: {@code accept(false)} stops the server, {@code accept(true)} starts
 * it. Started after the shared {@link EmbeddedPostgresResource} (higher order), so its address is the one
 * the application uses.
 */
public class RestartablePostgresResource implements QuarkusTestResourceLifecycleManager {

    private SwitchablePostgres postgres;

    @Override
    public Map<String, String> start() {
        postgres = new SwitchablePostgres("outage");
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(),
                "quarkus.datasource.username", EmbeddedDatabase.USER,
                "quarkus.datasource.password", "");
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public void inject(TestInjector injector) {
        postgres.injectSwitch(injector, DatabaseSwitch.class);
    }

    @Override
    public void stop() {
        postgres.remove();
    }
}
