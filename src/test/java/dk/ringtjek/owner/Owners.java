package dk.ringtjek.owner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.icegreen.greenmail.util.GreenMail;

import io.quarkus.narayana.jta.QuarkusTransaction;

import dk.ringtjek.report.Report;
import dk.ringtjek.support.Csrf;
import dk.ringtjek.support.Mails;
import dk.ringtjek.support.Reports;
import dk.ringtjek.support.StaffLogin;

/** Makes verified owners through the real flow (claim, mail, editor, password link, login), for tests. */
final class Owners {

    static final String PASSWORD = "ejerens-egen-adgangskode";
    private static final AtomicInteger CLIENTS = new AtomicInteger();
    private static final AtomicInteger AUTHORS = new AtomicInteger();

    /** A logged-in owner and what they own. */
    record Owner(String username, StaffLogin.Session session, String email) {
    }

    private Owners() {
    }

    /** The id of the newest claim on a number. */
    static long claimId(String e164) {
        return QuarkusTransaction.requiringNew().call(() -> OwnerClaim.<OwnerClaim>find("e164 = ?1 order by id desc",
                e164).firstResult().id);
    }

    /** Claims and confirms; returns the claim's id, now waiting for an editor. */
    static long confirmedClaim(GreenMail mail, String numberPath, String e164, Map<String, String> fields) {
        String link = Claims.claimAndReadLink(mail, numberPath, "10.17.9." + CLIENTS.incrementAndGet(), fields);
        assertEquals(200, io.restassured.RestAssured.given().get(link).statusCode());
        return claimId(e164);
    }

    /** An editor (the local admin) approves a claim through the queue. */
    static void approve(long claimId) {
        StaffLogin.Session editor = StaffLogin.admin().readForm("/redaktion/ejere");
        assertEquals(303, editor.post().formParam("reason", "Nummeret står på firmaets kontaktside")
                .post("/redaktion/ejere/" + claimId + "/godkend").statusCode());
    }

    /** Sets the password through the mailed link and logs in. */
    static Owner setPasswordAndLogIn(GreenMail mail, String email, int mailNumber) {
        String body = Mails.newestBodyTo(mail, email, mailNumber);
        String link = Mails.linkPath(body, "/adgangskode/[A-Za-z0-9_-]+");
        java.util.regex.Matcher user = java.util.regex.Pattern.compile("(ejer-\\d+)").matcher(body);
        user.find();
        Csrf csrf = Csrf.from(link);
        assertEquals(303, csrf.request().formParam("password", PASSWORD).formParam("repeat", PASSWORD)
                .post(link).statusCode());
        return new Owner(user.group(1), StaffLogin.login(user.group(1), PASSWORD), email);
    }

    /** The whole way from the claim form to a logged-in owner of an organisation's number. */
    static Owner verifiedOrganisation(GreenMail mail, String numberPath, String e164, String name, String email) {
        long claim = confirmedClaim(mail, numberPath, e164, Claims.organisation(name, email));
        approve(claim);
        return setPasswordAndLogIn(mail, email, 2);
    }

    /** A report posted by a visitor; returns its id. */
    static long report(String numberPath, String comment) {
        Reports.post(numberPath, Csrf.from(numberPath), "10.17.8." + AUTHORS.incrementAndGet(),
                Reports.report("NEGATIVE", "SALES", comment)).statusCode(303);
        return QuarkusTransaction.requiringNew().call(() -> ((Report) Report.find("comment", comment).firstResult()).id);
    }
}
