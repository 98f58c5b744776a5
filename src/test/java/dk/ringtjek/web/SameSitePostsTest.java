package dk.ringtjek.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import dk.ringtjek.report.Report;
import dk.ringtjek.support.Csrf;
import dk.ringtjek.support.Reports;
import dk.ringtjek.support.Votes;

/** A post the browser says comes from another site changes nothing, whatever tokens it carries. */
@QuarkusTest
class SameSitePostsTest {

    private static final String PAGE = "/nummer/20304070";
    private static final String CLIENT = "10.61.0.1";

    @Test
    void shouldRefuseAReportPostedFromAnotherSiteAndSaveNothing() {
        Csrf csrf = Csrf.from(PAGE);
        long before = reports();
        csrf.request().header("X-Forwarded-For", CLIENT).header("Origin", "https://evil.example")
                .formParam("rating", "NEGATIVE").formParam("category", "SALES").formParam("comment", "fra en anden side")
                .formParam("formToken", Csrf.humanFormToken(CLIENT, PAGE))
                .post(PAGE + "/anmeldelser").then().statusCode(403);
        csrf.request().header("X-Forwarded-For", CLIENT).header("Sec-Fetch-Site", "cross-site")
                .formParam("rating", "NEGATIVE").formParam("category", "SALES").formParam("comment", "fra en anden side")
                .formParam("formToken", Csrf.humanFormToken(CLIENT, PAGE))
                .post(PAGE + "/anmeldelser").then().statusCode(403);
        csrf.request().header("X-Forwarded-For", CLIENT).header("Origin", "null")
                .formParam("rating", "NEGATIVE").formParam("category", "SALES").formParam("comment", "uden oprindelse")
                .formParam("formToken", Csrf.humanFormToken(CLIENT, PAGE))
                .post(PAGE + "/anmeldelser").then().statusCode(403);
        assertEquals(before, reports());
    }

    @Test
    void shouldTakeAPostFromOurOwnPages() {
        Csrf csrf = Csrf.from(PAGE);
        long before = reports();
        csrf.request().header("X-Forwarded-For", "10.61.0.2").header("Sec-Fetch-Site", "same-origin")
                .header("Origin", "http://localhost:8080")
                .formParam("rating", "POSITIVE").formParam("category", "CUSTOMER_SERVICE").formParam("comment", "herfra")
                .formParam("formToken", Csrf.humanFormToken("10.61.0.2", PAGE))
                .post(PAGE + "/anmeldelser").then().statusCode(303);
        assertEquals(before + 1, reports());
    }

    @Test
    void shouldCountAHelpfulVoteFromTheCachedPageButNotFromAnotherSite() {
        Reports.post(PAGE, Csrf.from(PAGE), "10.61.0.3", Reports.report("POSITIVE", "CUSTOMER_SERVICE", "stemmes på"))
                .statusCode(303);
        long id = QuarkusTransaction.requiringNew().call(() -> ((Report) Report.find("comment", "stemmes på")
                .firstResult()).id);
        Votes.request().header("X-Forwarded-For", "10.61.0.4").header("Origin", "https://evil.example")
                .post(PAGE + "/anmeldelser/" + id + "/nyttig").then().statusCode(403);
        assertEquals(0, helpful(id));
        Votes.request().header("X-Forwarded-For", "10.61.0.4").header("Sec-Fetch-Site", "same-origin")
                .post(PAGE + "/anmeldelser/" + id + "/nyttig").then().statusCode(303);
        assertEquals(1, helpful(id));
    }

    private static long reports() {
        return QuarkusTransaction.requiringNew().call(() -> Report.count());
    }

    private static int helpful(long id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Report) Report.findById(id)).helpfulCount);
    }
}
