package dk.ringtjek.moderation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import dk.ringtjek.number.PhoneNumber;
import dk.ringtjek.report.Report;
import dk.ringtjek.report.ReportStatus;
import dk.ringtjek.support.Csrf;
import dk.ringtjek.support.Reports;

@QuarkusTest
class FlagTest {

    @Test
    void shouldHoldAReportAfterThreeFlagsFromThreeAuthors() {
        String page = "/nummer/40506071";
        long id = postOne(page, "Du er en idiot og jeg ved hvor du bor");
        for (int i = 1; i <= 2; i++) {
            flag(page, id, "10.5.1." + i).header("Location", endsWith("?flag=counted#anmeldelser"));
        }
        assertEquals(ReportStatus.VISIBLE, status(id));
        flag(page, id, "10.5.1.3").header("Location", endsWith("?flag=held#anmeldelser"));

        assertEquals(ReportStatus.HELD, status(id));
        PhoneNumber number = number("+4540506071");
        assertEquals(0, number.peopleCount);
        assertEquals(0, number.reportCount);
        given().get(page).then().body(not(containsString("jeg ved hvor du bor")));
    }

    @Test
    void shouldCountTwoFlagsFromOneAuthorOnce() {
        String page = "/nummer/40506072";
        long id = postOne(page, "Almindelig klage");
        flag(page, id, "10.5.2.1");
        flag(page, id, "10.5.2.1").header("Location", endsWith("?flag=already-flagged#anmeldelser"));
        flag(page, id, "10.5.2.1");
        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> ((Report) Report.findById(id)).flagCount));
        assertEquals(ReportStatus.VISIBLE, status(id));
    }

    @Test
    void shouldShowTheFlagFormAgainWithTheNoteWhenNoReasonWasChosen() {
        String page = "/nummer/40506073";
        long id = postOne(page, "Noget");
        Csrf csrf = Csrf.from(page + "/anmeldelser/" + id + "/rapporter");
        csrf.request().header("X-Forwarded-For", "10.5.3.1").formParam("note", "Min note")
                .post(page + "/anmeldelser/" + id + "/rapporter")
                .then().statusCode(400)
                .body(containsString("Vælg hvad der er galt."))
                .body(containsString(">Min note</textarea>"));
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> ((Report) Report.findById(id)).flagCount));
    }

    private static final java.util.concurrent.atomic.AtomicInteger AUTHORS = new java.util.concurrent.atomic.AtomicInteger();

    @Test
    void shouldNotFindAReportUnderAnotherNumber() {
        long id = postOne("/nummer/40506074", "hører til et andet nummer");
        String path = "/nummer/40506075/anmeldelser/" + id + "/rapporter";
        Csrf.from("/nummer/40506074/anmeldelser/" + id + "/rapporter").request()
                .header("X-Forwarded-For", "10.5.4.1").formParam("reason", "SPAM").post(path)
                .then().statusCode(404);
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> ((Report) Report.findById(id)).flagCount));
    }

    static long postOne(String page, String comment) {
        String author = "10.5.0." + AUTHORS.incrementAndGet();
        Reports.post(page, Csrf.from(page), author, Reports.report("NEGATIVE", "OTHER", comment)).statusCode(303);
        return QuarkusTransaction.requiringNew().call(() -> ((Report) Report.find("comment", comment).firstResult()).id);
    }

    static io.restassured.response.ValidatableResponse flag(String page, long id, String client) {
        String path = page + "/anmeldelser/" + id + "/rapporter";
        return Csrf.from(path).request().header("X-Forwarded-For", client)
                .formParam("reason", "ABUSIVE").post(path).then().statusCode(303);
    }

    static ReportStatus status(long id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Report) Report.findById(id)).status);
    }

    static PhoneNumber number(String e164) {
        return QuarkusTransaction.requiringNew().call(() -> PhoneNumber.findByE164(e164).orElseThrow());
    }
}
