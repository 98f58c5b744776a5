package dk.ringtjek.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import dk.ringtjek.support.DatabaseSwitch;
import dk.ringtjek.support.RestartablePostgresResource;
import dk.ringtjek.support.TestClock;

/**
 * A real database outage: the server of this test class is stopped while the application runs. Pages
 * that need it answer 503 with Retry-After and our error page, in both languages; a page in the cache
 * is still served; and once the server is back, the site answers again without a restart.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.OwnDatabase.class)
class DatabaseOutageTest {

    /** A database that only this test class uses, and may stop. */
    public static class OwnDatabase implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(RestartablePostgresResource.class));
        }
    }

    private static final String CACHED_PAGE = "/nummer/70819001";
    private static final String UNCACHED_PAGE = "/nummer/70819002";

    /** Longer than ringtjek.page-cache.ttl: a cached page then asks the database whether it is current. */
    private static final Duration PAST_THE_CACHE_TTL = Duration.ofSeconds(11);

    @DatabaseSwitch
    Consumer<Boolean> databaseRunning;

    @Inject
    TestClock clock;

    @AfterEach
    void startTheDatabaseAgain() {
        databaseRunning.accept(true);
        clock.reset();
    }

    @Test
    void shouldAnswer503WhileTheDatabaseIsDownAndRecoverByItself() {
        given().get(CACHED_PAGE).then().statusCode(200);
        databaseRunning.accept(false);

        given().get(UNCACHED_PAGE).then().statusCode(503)
                .header("Retry-After", equalTo(DatabaseOutage.RETRY_AFTER_SECONDS))
                .body(containsString("Siden er midlertidigt utilgængelig"))
                .body(containsString("href=\"/css/site.css\""));
        given().get(UNCACHED_PAGE.replace("/nummer/", "/en/number/")).then().statusCode(503)
                .header("Retry-After", equalTo(DatabaseOutage.RETRY_AFTER_SECONDS))
                .body(containsString("Temporarily unavailable"));
        given().get(CACHED_PAGE).then().statusCode(200).body(containsString("70 81 90 01"));
        clock.advance(PAST_THE_CACHE_TTL);
        given().get(CACHED_PAGE).then().statusCode(200).body(containsString("70 81 90 01"));

        databaseRunning.accept(true);
        given().get(UNCACHED_PAGE).then().statusCode(200);
    }
}
