package dk.ringtjek.replica;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.matchesPattern;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import dk.ringtjek.stats.HomeListsService;
import dk.ringtjek.support.Csrf;
import dk.ringtjek.support.ReplicaPostgresResource;
import dk.ringtjek.support.ReplicaSwitch;
import dk.ringtjek.support.Reports;
import dk.ringtjek.web.SitemapService;

/**
 * Where reads go when a replica is configured. The "replica" here is a second server with the schema
 * and an official entry the primary does not have, so a page that shows the entry was read there. Fresh
 * (its heartbeat is recent): pages, the API, the home lists and the sitemap read it. Lagging past the
 * bound, stopped, or failing before the probe noticed: the primary answers, and the replica is used
 * again once a probe finds it fine. A visitor's own report is read from the primary.
 */
@QuarkusTest
@TestProfile(ReadRoutingTest.WithReplica.class)
class ReadRoutingTest {

    /** A replica of this test class's own. */
    public static class WithReplica implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(ReplicaPostgresResource.class));
        }
    }

    private static final String ONLY_ON_THE_REPLICA = "Kun på replikaen ApS";

    @ReplicaSwitch
    Consumer<Boolean> replicaRunning;

    @Inject
    @DataSource("replica")
    AgroalDataSource replica;

    @Inject
    ReplicaFreshness freshness;

    @Inject
    HomeListsService homeLists;

    @Inject
    SitemapService sitemap;

    @AfterEach
    void replicaBackAndFresh() {
        replicaRunning.accept(true);
        heartbeatSecondsAgo(0);
        freshness.probe();
    }

    @Test
    void shouldReadPagesListsSitemapAndApiFromAFreshReplica() {
        entryOnTheReplica("+4570819101", "70819101");
        heartbeatSecondsAgo(1);
        freshness.probe();

        given().get("/nummer/70819101").then().statusCode(200).body(containsString(ONLY_ON_THE_REPLICA));
        given().get("/api/v1/numbers/{n}", "70819101").then().statusCode(200)
                .body("curated.owner", equalTo(ONLY_ON_THE_REPLICA));
        homeLists.forget();
        given().get("/").then().statusCode(200).body(containsString(ONLY_ON_THE_REPLICA));
        sitemap.forget();
        given().get("/sitemap-numbers-1.xml").then().statusCode(200).body(containsString("/nummer/70819101"));
    }

    @Test
    void shouldReadFromThePrimaryWhileTheReplicaLagsAndGoBackOnceItCaughtUp() {
        entryOnTheReplica("+4570819102", "70819102");
        heartbeatSecondsAgo(60);
        freshness.probe();

        given().get("/nummer/70819102").then().statusCode(200).body(not(containsString(ONLY_ON_THE_REPLICA)));
        given().get("/api/v1/numbers/{n}", "70819102").then().statusCode(200).body("curated", nullValue());
        homeLists.forget();
        given().get("/").then().statusCode(200).body(not(containsString(ONLY_ON_THE_REPLICA)));
        sitemap.forget();
        given().get("/sitemap-numbers-1.xml").then().body(not(containsString("/nummer/70819102")));

        heartbeatSecondsAgo(0);
        freshness.probe();
        // the page and the API answer read above stay cached until the number changes (on a real replica
        // nothing differs from the primary); a read nothing caches, an older page of reports, shows where
        // reads go now
        given().get("/nummer/70819102?foer={c}", "9999999999999999-1").then().statusCode(200)
                .body(containsString(ONLY_ON_THE_REPLICA));
    }

    @Test
    void shouldReadFromThePrimaryWhileTheReplicaIsDownAndGoBackOnceItIsUp() {
        entryOnTheReplica("+4570819103", "70819103");
        entryOnTheReplica("+4570819104", "70819104");
        heartbeatSecondsAgo(0);
        freshness.probe();
        replicaRunning.accept(false);

        // the probe has not noticed yet: the read fails on the replica and is answered by the primary
        given().get("/nummer/70819103").then().statusCode(200).body(not(containsString(ONLY_ON_THE_REPLICA)));
        freshness.probe();
        given().get("/api/v1/numbers/{n}", "70819103").then().statusCode(200).body("curated", nullValue());

        replicaRunning.accept(true);
        freshness.probe();
        given().get("/nummer/70819104").then().statusCode(200).body(containsString(ONLY_ON_THE_REPLICA));
    }

    @Test
    void shouldShowAVisitorTheirOwnReportFromThePrimary() {
        heartbeatSecondsAgo(0);
        freshness.probe();
        String path = "/nummer/70819105";
        String thanks = Reports.post(path, Csrf.from(path), "10.9.0.1",
                        Reports.report("NEGATIVE", "SALES", "Ringede om en replika"))
                .statusCode(303).header("Location", matchesPattern(".*/anmeldelser/\\d+/tak"))
                .extract().header("Location");

        // the replica never gets this report: it is read on the primary, or not at all
        given().header("X-Forwarded-For", "10.9.0.1").get(thanks).then().statusCode(200)
                .body(containsString("Ringede om en replika"));
    }

    private void entryOnTheReplica(String e164, String id) {
        sql("insert into phone_number (id, e164) values (" + id + ", '" + e164 + "')");
        sql("insert into curated_entry (id, number_id, owner_name, verdict, summary, origin, last_verified) values ("
                + id + ", " + id + ", '" + ONLY_ON_THE_REPLICA + "', 'LEGITIMATE', 'Et opslag fra replikaen.', 'EDITOR',"
                + " current_date + 1)");
    }

    private void heartbeatSecondsAgo(int seconds) {
        sql("update replica_heartbeat set beat_at = now() - interval '" + seconds + " seconds'");
    }

    private void sql(String statement) {
        try (Connection connection = replica.getConnection();
                PreparedStatement prepared = connection.prepareStatement(statement)) {
            prepared.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
