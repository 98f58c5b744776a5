package dk.ringtjek.owner;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import dk.ringtjek.report.Report;
import dk.ringtjek.report.ReportStatus;
import dk.ringtjek.support.GreenMailResource.InjectMail;
import dk.ringtjek.support.StaffLogin;

/** An owner acts on their own numbers only, and never edits or hides anybody's report: one test per refusal. */
@QuarkusTest
class OwnerScopeTest {

    private static final String OWN = "/nummer/33445531";
    private static final String OTHER = "/nummer/33445532";
    private static Owners.Owner owner;
    private static long ownReport;
    private static long otherReport;

    @InjectMail
    GreenMail mail;

    StaffLogin.Session desk;

    @BeforeEach
    void ownerOfOneNumber() {
        if (owner == null) {
            ownReport = Owners.report(OWN, "Anmeldelse af ejerens eget nummer, 31");
            otherReport = Owners.report(OTHER, "Anmeldelse af et fremmed nummer, 32");
            owner = Owners.verifiedOrganisation(mail, OWN, "+4533445531", "Scope 31", "ejer@scope-31.example");
        }
        desk = owner.session().readForm("/konto/ejer/33445531");
    }

    @Test
    void shouldRefuseTheDeskOfANumberOutsideTheScope() {
        owner.session().get().get("/konto/ejer/33445532").then().statusCode(403);
        owner.session().get().get("/konto/ejer/ikke-et-nummer").then().statusCode(403);
    }

    @Test
    void shouldRefuseAnAnswerOnANumberOutsideTheScope() {
        desk.post().formParam("body", "Svar på fremmed nummer").post("/konto/ejer/33445532/anmeldelser/" + otherReport + "/svar")
                .then().statusCode(403);
        assertEquals(0L, answersTo(otherReport));
    }

    @Test
    void shouldRefuseAnAnswerToAnotherNumbersReportThroughTheOwnNumber() {
        desk.post().formParam("body", "Svar gennem eget nummer").post("/konto/ejer/33445531/anmeldelser/" + otherReport + "/svar")
                .then().statusCode(404);
        assertEquals(0L, answersTo(otherReport));
    }

    @Test
    void shouldRefuseANoticeOnANumberOutsideTheScope() {
        desk.post().formParam("body", "Fremmed besked").post("/konto/ejer/33445532/opslag").then().statusCode(403);
        given().get(OTHER).then().body(not(containsString("Fremmed besked")));
    }

    @Test
    void shouldRefuseAnOwnersFormWithoutTheSessionsToken() {
        // a visitor's own CSRF pair satisfies the double-submit check, but not the session's staff token
        dk.ringtjek.support.Csrf visitors = dk.ringtjek.support.Csrf.from(OWN + "/ejer");
        new StaffLogin.Session(owner.session().cookie(), visitors.cookie(), visitors.field(), null).post()
                .formParam("body", "Uden token").post("/konto/ejer/33445531/opslag").then().statusCode(403);
        given().get(OWN).then().body(not(containsString("Uden token")));
    }

    @Test
    void shouldRefuseHidingAnybodysReport() {
        desk.post().formParam("reason", "SPAM").post("/moderation/reports/" + ownReport + "/hide").then().statusCode(403);
        desk.post().formParam("reason", "SPAM").post("/moderation/reports/" + otherReport + "/hide").then().statusCode(403);
        owner.session().get().get("/moderation").then().statusCode(403);
        assertEquals(ReportStatus.VISIBLE, statusOf(ownReport));
        assertEquals(ReportStatus.VISIBLE, statusOf(otherReport));
    }

    @Test
    void shouldRefuseEditingAnybodysReport() {
        owner.session().get().get(OWN + "/anmeldelser/" + ownReport + "/rediger").then().statusCode(404);
        desk.post().formParam("rating", "POSITIVE").formParam("category", "OTHER").formParam("comment", "Ændret af ejeren")
                .post(OWN + "/anmeldelser/" + ownReport + "/rediger").then().statusCode(404);
        given().get(OWN).then().body(not(containsString("Ændret af ejeren")));
    }

    @Test
    void shouldRefuseHidingAnswersAndRemovingNotices() {
        desk.post().formParam("reason", "SPAM").post("/moderation/svar/1/hide").then().statusCode(403);
        desk.post().post("/redaktion/ejere/opslag/1/fjern").then().statusCode(403);
        owner.session().get().get("/admin/accounts").then().statusCode(403);
    }

    private static long answersTo(long reportId) {
        return QuarkusTransaction.requiringNew().call(() -> OwnerAnswer.count("reportId", reportId));
    }

    private static ReportStatus statusOf(long reportId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Report) Report.findById(reportId)).status);
    }
}
