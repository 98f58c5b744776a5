package dk.ringtjek.abuse;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.http.HttpServer;

import dk.ringtjek.support.Csrf;
import dk.ringtjek.support.Reports;

/** Health and metrics for operations, on the management port: a visitor of the site sees neither. */
@QuarkusTest
class OperationsTest {

    @Inject
    HttpServer server;

    @Test
    void shouldReportReadinessWithTheDatabase() {
        given().get(management("/q/health/ready")).then().statusCode(200)
                .body("status", equalTo("UP"))
                .body(containsString("Database connections health check"));
    }

    @Test
    void shouldExportTheAbuseCounters() {
        String page = "/nummer/70819501";
        Reports.post(page, Csrf.from(page), "192.0.2.81", Reports.report("NEGATIVE", "SALES", "tælles"))
                .statusCode(303);
        given().get(management("/q/metrics")).then().statusCode(200)
                .body(containsString("ringtjek_reports_saved_total"));
    }

    /** The management interface listens on a port of its own (a free one in tests). */
    private String management(String path) {
        return "http://localhost:" + server.getManagementPort() + path;
    }

    @Test
    void shouldKeepHealthAndMetricsOffThePublicPort() {
        for (String path : new String[] {"/q/health", "/q/health/ready", "/q/health/live", "/q/metrics",
            "/q/metrics/prometheus"}) {
            given().get(path).then().statusCode(404)
                    .body(not(containsString("ringtjek_reports")))
                    .body(not(containsString("\"status\"")));
        }
    }
}
