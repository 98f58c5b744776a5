package dk.ringtjek.support;

import io.quarkus.test.common.QuarkusTestResource;

/**
 * Every @QuarkusTest shares one embedded PostgreSQL: this class carries the resource declaration
 * that Quarkus applies to the whole test run.
 */
@QuarkusTestResource(value = EmbeddedPostgresResource.class, restrictToAnnotatedClass = false)
public final class PostgresTestProfile {

    private PostgresTestProfile() {
    }
}
