package dk.ringtjek.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import dk.ringtjek.number.PhoneNumber;
import dk.ringtjek.support.Csrf;
import dk.ringtjek.support.Reports;
import dk.ringtjek.support.Votes;

@QuarkusTest
class ReportPostingTest {

    private static final String SCORED = "/nummer/20304051";
    private static final String INVALID = "/nummer/20304052";
    private static final String NO_TOKEN = "/nummer/20304053";
    private static final String SCRIPT = "/nummer/20304054";
    private static final String MASKED = "/nummer/20304050";
    private static final String HELPFUL = "/nummer/20304056";

    @Test
    void shouldShowAPostedReportToItsAuthorAtOnceAndMoveTheScore() {
        Csrf csrf = Csrf.from(SCORED);
        String thanks = Reports.post(SCORED, csrf, "10.1.0.1",
                        Reports.report("NEGATIVE", "SALES", "Ringede om et mobilabonnement"))
                .statusCode(303).header("Location", matchesPattern(".*" + SCORED + "/anmeldelser/\\d+/tak"))
                .extract().header("Location");

        given().header("X-Forwarded-For", "10.1.0.1").get(thanks).then().statusCode(200)
                .header("Cache-Control", "private, no-store")
                .body(containsString("Din anmeldelse er offentliggjort."))
                .body(containsString("Ringede om et mobilabonnement"));
        given().header("X-Forwarded-For", "10.1.0.99").get(thanks).then().statusCode(404);
        given().get(SCORED).then().statusCode(200)
                .body(containsString("Ringede om et mobilabonnement"))
                .body(containsString("Salg (telemarketing)"))
                .body(containsString("baseret på 1 person"))
                .body(containsString("Mest klager om salgsopkald, fra 1 person."));
        PhoneNumber number = QuarkusTransaction.requiringNew().call(
                () -> PhoneNumber.findByE164("+4520304051").orElseThrow());
        assertEquals(1, number.reportCount);
        assertEquals(1, number.negativeCount);
        // one complaint against a neutral prior of weight 2: -1 / (2 + 1)
        assertEquals(-1.0 / 3.0, number.score, 1e-6);
    }

    @Test
    void shouldKeepEveryValueAndSaveNothingWhenTheFormIsInvalid() {
        Csrf csrf = Csrf.from(INVALID);
        long before = reportCount();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("rating", "NEGATIVE");
        fields.put("category", "");
        fields.put("comment", "Min tekst må ikke gå tabt æøå");
        fields.put("callerName", "Hr. Hansen");
        fields.put("calledOn", "2999-01-01");
        Reports.post(INVALID, csrf, "10.1.0.2", fields).statusCode(400)
                .body(containsString("Vælg hvad opkaldet handlede om."))
                .body(containsString("Skriv en gyldig dato, der ikke ligger i fremtiden."))
                .body(containsString(">Min tekst må ikke gå tabt æøå</textarea>"))
                .body(containsString("value=\"Hr. Hansen\""))
                .body(containsString("value=\"2999-01-01\""))
                .body(containsString("value=\"NEGATIVE\" checked"));
        assertEquals(before, reportCount());
    }

    @Test
    void shouldRefuseAPostWithoutTheCsrfToken() {
        long before = reportCount();
        given().redirects().follow(false).header("X-Forwarded-For", "10.1.0.3")
                .formParam("rating", "NEGATIVE").formParam("category", "SALES").formParam("comment", "uden token")
                .post(NO_TOKEN + "/anmeldelser")
                .then().statusCode(400);
        assertEquals(before, reportCount());
    }

    @Test
    void shouldShowScriptsAsText() {
        Csrf csrf = Csrf.from(SCRIPT);
        Reports.post(SCRIPT, csrf, "10.1.0.4",
                Reports.report("NEUTRAL", "OTHER", "<script>alert('x')</script> & <b>fed</b>")).statusCode(303);
        given().get(SCRIPT).then().statusCode(200)
                .body(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;fed&lt;/b&gt;"))
                .body(not(containsString("<script>alert")));
    }

    @Test
    void shouldMaskPersonalDataButKeepThePagesOwnNumber() {
        Csrf csrf = Csrf.from(MASKED);
        Reports.post(MASKED, csrf, "10.1.0.5", Reports.report("NEGATIVE", "SCAM_PHISHING",
                "Skriv til svindler@example.com, ring 22 33 44 55 eller +46 8 123 456 78, CPR 010190-1234. "
                        + "De ringede fra 20 30 40 50.")).statusCode(303);
        given().get(MASKED).then().statusCode(200)
                .body(containsString("Skriv til [e-mail], ring [tlf.] eller [tlf.], CPR [cpr]. De ringede fra 20 30 40 50."))
                .body(not(containsString("svindler@example.com")))
                .body(not(containsString("010190-1234")))
                .body(not(containsString("22 33 44 55")));
    }

    @Test
    void shouldCountAHelpfulVoteOncePerAuthor() {
        Csrf csrf = Csrf.from(HELPFUL);
        Reports.post(HELPFUL, csrf, "10.1.0.6", Reports.report("POSITIVE", "CUSTOMER_SERVICE", "Hjælpsom")).statusCode(303);
        long id = QuarkusTransaction.requiringNew().call(() -> ((Report) Report
                .find("comment", "Hjælpsom").firstResult()).id);
        for (int i = 0; i < 3; i++) {
            Votes.request().header("X-Forwarded-For", "10.9.9.9").post(HELPFUL + "/anmeldelser/" + id + "/nyttig")
                    .then().statusCode(303);
        }
        Votes.request().header("X-Forwarded-For", "10.9.9.8").post(HELPFUL + "/anmeldelser/" + id + "/nyttig")
                .then().statusCode(303);
        assertEquals(2, QuarkusTransaction.requiringNew().call(() -> ((Report) Report.findById(id)).helpfulCount));
        // a vote under another number's page does not count
        Votes.request().header("X-Forwarded-For", "10.9.9.7").post("/nummer/20304059/anmeldelser/" + id + "/nyttig")
                .then().statusCode(303);
        assertEquals(2, QuarkusTransaction.requiringNew().call(() -> ((Report) Report.findById(id)).helpfulCount));
    }

    private static long reportCount() {
        return QuarkusTransaction.requiringNew().call(() -> Report.count());
    }
}
