package dk.ringtjek.abuse;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import dk.ringtjek.number.PhoneNumber;
import dk.ringtjek.report.Report;
import dk.ringtjek.support.Csrf;
import dk.ringtjek.support.Reports;
import dk.ringtjek.support.TestClock;

@QuarkusTest
class BotAndDailyLimitTest {

    @Inject
    TestClock clock;

    @Inject
    MeterRegistry metrics;

    @Inject
    FormTimer formTimer;

    @Inject
    AuthorKeyRetentionJob retention;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    @Test
    void shouldDropAPostWithAFilledHoneypotSilently() {
        String page = "/nummer/50607081";
        double before = dropped("honeypot");
        Map<String, String> fields = new HashMap<>(Reports.report("NEGATIVE", "SALES", "køb billige ure"));
        fields.put("website", "http://spam.example");
        Reports.post(page, Csrf.from(page), "10.7.1.1", fields)
                .statusCode(303).header("Location", endsWith(page + "/tak"));
        assertEquals(0L, reportsOn("+4550607081"));
        assertEquals(before + 1, dropped("honeypot"));
    }

    @Test
    void shouldAskAgainWithEverythingKeptWhenTheFormWasOpenTooLong() {
        String page = "/nummer/50607083";
        Map<String, String> fields = new HashMap<>(Reports.report("NEGATIVE", "SALES", "skrevet for længe siden"));
        fields.put("formToken", Csrf.formToken(clock.instant().minus(Duration.ofDays(3)), "10.7.3.1", page));
        Reports.post(page, Csrf.from(page), "10.7.3.1", fields).statusCode(400)
                .body(containsString("Formularen har været åben for længe."))
                .body(containsString(">skrevet for længe siden</textarea>"));
        assertEquals(0L, reportsOn("+4550607083"));
    }

    @Test
    void shouldAllowOneReportPerAuthorAndDayAndOfferToEditIt() {
        String page = "/nummer/50607084";
        Csrf csrf = Csrf.from(page);
        Reports.post(page, csrf, "10.7.4.1", Reports.report("NEGATIVE", "SALES", "første gang")).statusCode(303);
        long id = QuarkusTransaction.requiringNew().call(() -> ((Report) Report.find("comment", "første gang")
                .firstResult()).id);

        Reports.post(page, csrf, "10.7.4.1", Reports.report("POSITIVE", "SALES", "anden gang samme dag"))
                .statusCode(409)
                .body(containsString("Du har allerede anmeldt dette nummer inden for det seneste døgn."))
                .body(containsString(page + "/anmeldelser/" + id + "/rediger"))
                .body(containsString(">anden gang samme dag</textarea>"));
        assertEquals(1L, reportsOn("+4550607084"));

        // the author edits instead; someone else may not
        given().header("X-Forwarded-For", "10.7.4.2").get(page + "/anmeldelser/" + id + "/rediger")
                .then().statusCode(404);
        given().header("X-Forwarded-For", "10.7.4.1").get(page + "/anmeldelser/" + id + "/rediger")
                .then().statusCode(200).body(containsString(">første gang</textarea>"));
        Map<String, String> edit = new HashMap<>(Reports.report("POSITIVE", "CUSTOMER_SERVICE", "rettet: de var søde"));
        Reports.postTo(page + "/anmeldelser/" + id + "/rediger", csrf, "10.7.4.1", edit).statusCode(303);
        PhoneNumber number = QuarkusTransaction.requiringNew().call(() -> PhoneNumber.findByE164("+4550607084")
                .orElseThrow());
        assertEquals(1, number.positiveCount);
        assertEquals(0, number.negativeCount);
        given().get(page).then().body(containsString("rettet: de var søde"));

        clock.advance(Duration.ofHours(25));
        Reports.post(page, csrf, "10.7.4.1", Reports.report("NEGATIVE", "SALES", "næste dag")).statusCode(303);
        assertEquals(2L, reportsOn("+4550607084"));
    }

    @Test
    void shouldRemoveAuthorKeysAfterTheRetentionPeriod() {
        String page = "/nummer/50607085";
        Reports.post(page, Csrf.from(page), "10.7.5.1", Reports.report("NEGATIVE", "SALES", "gammel")).statusCode(303);
        clock.advance(Duration.ofDays(31));
        retention.removeOldKeys();
        Report report = QuarkusTransaction.requiringNew().call(() -> Report.find("comment", "gammel").firstResult());
        assertNull(report.authorKey);
    }

    private double dropped(String why) {
        var counter = metrics.find("ringtjek.bots.dropped").tag("why", why).counter();
        return counter == null ? 0 : counter.count();
    }

    private static long reportsOn(String e164) {
        return QuarkusTransaction.requiringNew().call(() -> PhoneNumber.findByE164(e164)
                .map(phone -> Report.count("numberId", phone.id)).orElse(0L));
    }
}
