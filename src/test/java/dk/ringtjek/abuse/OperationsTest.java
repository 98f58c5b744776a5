package dk.ringtjek.abuse;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OperationsTest {

    @Test
    void shouldReportReadinessWithTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body(containsString("Database connections health check"));
    }

    @Test
    void shouldExportTheAbuseCounters() {
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("ringtjek_reports_saved_total"));
    }
}
