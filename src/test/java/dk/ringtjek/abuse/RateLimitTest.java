package dk.ringtjek.abuse;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import dk.ringtjek.number.PhoneNumber;
import dk.ringtjek.report.Report;
import dk.ringtjek.support.Allowances;
import dk.ringtjek.support.Csrf;
import dk.ringtjek.support.Reports;
import dk.ringtjek.support.Votes;
import dk.ringtjek.support.TestClock;

@QuarkusTest
@TestProfile(RateLimitTest.TightLimits.class)
class RateLimitTest {

    /** Small allowances, so that a test reaches them quickly. */
    public static class TightLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "ringtjek.abuse.rate.reports-per-window", "2",
                    "ringtjek.abuse.rate.flags-per-hour", "2",
                    "ringtjek.abuse.rate.votes-per-hour", "2",
                    "ringtjek.abuse.rate.views-per-minute", "40",
                    "ringtjek.abuse.min-form-time", "PT3S");
        }
    }

    @Inject
    FormTimer formTimer;

    @Inject
    TestClock clock;

    @AfterEach
    void startTheClockAgain() {
        clock.reset();
    }

    @Test
    void shouldDropAFormSentBackFasterThanAPersonCouldFillItIn() {
        String page = "/nummer/50607082";
        Map<String, String> fields = new HashMap<>(Reports.report("NEGATIVE", "SALES", "hurtig bot"));
        // no time passes between showing the form and its return, however slowly the machine runs
        clock.freeze();
        fields.put("formToken", Csrf.formToken(clock.instant(), "10.9.4.1", page));
        Reports.post(page, Csrf.from(page), "10.9.4.1", fields).statusCode(303);
        fields.put("formToken", "12345.forged");
        Reports.post(page, Csrf.from(page), "10.9.4.1", fields).statusCode(303);
        assertEquals(0L, reportsOn("+4550607082"));
    }

    @Test
    void shouldRefuseTheThirdReportInTenMinutesAndKeepWhatWasTyped() {
        Allowances.freeze();
        for (String number : new String[] {"70809001", "70809002"}) {
            String page = "/nummer/" + number;
            Reports.post(page, Csrf.from(page), "10.9.1.1", Reports.report("NEGATIVE", "SALES", "klage " + number))
                    .statusCode(303);
        }
        String page = "/nummer/70809003";
        Reports.post(page, Csrf.from(page), "10.9.1.1", Reports.report("NEGATIVE", "SALES", "min tredje klage"))
                .statusCode(429)
                .header("Retry-After", notNullValue())
                .body(containsString("Du har sendt mange anmeldelser på kort tid."))
                .body(containsString("prøv igen om"))
                .body(containsString(">min tredje klage</textarea>"));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> PhoneNumber.findByE164("+4570809003")
                .map(p -> Report.count("numberId", p.id)).orElse(0L)));
        // another client is not affected
        Reports.post(page, Csrf.from(page), "10.9.1.2", Reports.report("NEGATIVE", "SALES", "en andens klage"))
                .statusCode(303);
    }

    @Test
    void shouldRefuseTooManyFlagsAndVotes() {
        Allowances.freeze();
        String page = "/nummer/70809010";
        Reports.post(page, Csrf.from(page), "10.9.2.1", Reports.report("NEGATIVE", "SALES", "flagmål")).statusCode(303);
        long id = QuarkusTransaction.requiringNew().call(() -> ((Report) Report.find("comment", "flagmål")
                .firstResult()).id);
        String flagPath = page + "/anmeldelser/" + id + "/rapporter";
        Csrf csrf = Csrf.from(flagPath);
        for (int i = 0; i < 2; i++) {
            csrf.request().header("X-Forwarded-For", "10.9.2.9").formParam("reason", "SPAM").post(flagPath)
                    .then().statusCode(303);
        }
        csrf.request().header("X-Forwarded-For", "10.9.2.9").formParam("reason", "SPAM").post(flagPath)
                .then().statusCode(429).header("Retry-After", notNullValue())
                .body(containsString("Prøv igen om"));
        for (int i = 0; i < 2; i++) {
            Votes.request().header("X-Forwarded-For", "10.9.2.9").post(page + "/anmeldelser/" + id + "/nyttig")
                    .then().statusCode(303);
        }
        Votes.request().header("X-Forwarded-For", "10.9.2.9").post(page + "/anmeldelser/" + id + "/nyttig")
                .then().statusCode(429);
    }

    @Test
    void shouldRefuseAScraperWithRetryAfter() {
        Allowances.freeze();
        int refused = 0;
        for (int i = 0; i < 60; i++) {
            int status = given().header("X-Forwarded-For", "10.9.3.1").get("/nummer/7080" + (9100 + i))
                    .then().extract().statusCode();
            if (status == 429) {
                refused++;
            }
        }
        assertEquals(20, refused, "40 page views a minute, then 429");
        given().header("X-Forwarded-For", "10.9.3.1").get("/search?q=70809100").then().statusCode(429)
                .header("Retry-After", notNullValue());
        given().header("X-Forwarded-For", "10.9.3.2").get("/nummer/70809100").then().statusCode(200);
    }

    private static long reportsOn(String e164) {
        return QuarkusTransaction.requiringNew().call(() -> PhoneNumber.findByE164(e164)
                .map(phone -> Report.count("numberId", phone.id)).orElse(0L));
    }
}
