package dk.ringtjek.support;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * For tests that rank or list across all numbers: a profile of its own restarts the application
 * with a new embedded database, so reports from other test classes cannot crowd the lists.
 */
public class FreshDatabaseProfile implements QuarkusTestProfile {
}
