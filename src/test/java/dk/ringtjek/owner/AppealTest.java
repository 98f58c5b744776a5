package dk.ringtjek.owner;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import dk.ringtjek.report.Report;
import dk.ringtjek.report.ReportStatus;
import dk.ringtjek.support.Csrf;
import dk.ringtjek.support.GreenMailResource.InjectMail;
import dk.ringtjek.support.Reports;
import dk.ringtjek.support.StaffLogin;

/** Slice 4: authors appeal hidden reports, owners object to reports; moderators decide; the public log shows it. */
@QuarkusTest
class AppealTest {

    @InjectMail
    GreenMail mail;

    @Test
    void shouldRestoreAHiddenReportOnTheAuthorsAppealAndShowTheOutcomeInThePublicLog() {
        String page = "/nummer/33445541";
        String author = "10.17.7.1";
        long report = post(page, author, "Ringede om et lån, nævnte Karl Jensen som kontaktperson 41");
        StaffLogin.Session moderator = StaffLogin.admin().readForm("/moderation");
        moderator.post().formParam("reason", "PERSONAL_DATA").post("/moderation/reports/" + report + "/hide")
                .then().statusCode(303);
        String appeal = page + "/anmeldelser/" + report + "/klage";
        given().header("X-Forwarded-For", "10.17.7.2").get(appeal).then().statusCode(404);
        given().header("X-Forwarded-For", author).get(appeal).then().statusCode(200)
                .body(containsString("name=\"csrf-token\""));
        given().header("X-Forwarded-For", author).get(page + "/anmeldelser/" + report + "/tak").then()
                .body(containsString("href=\"" + appeal + "\""));

        Csrf csrf = Csrf.from(page + "/anmeld");
        csrf.request().header("X-Forwarded-For", "10.17.7.2").formParam("statement", "Ikke min").post(appeal)
                .then().statusCode(404);
        csrf.request().header("X-Forwarded-For", author).formParam("statement", " ").post(appeal).then().statusCode(400);
        csrf.request().header("X-Forwarded-For", author).formParam("statement", "Navnet stod på deres egen hjemmeside")
                .post(appeal).then().statusCode(200).body(containsString("En moderator ser på din klage"));
        csrf.request().header("X-Forwarded-For", author).formParam("statement", "Igen").post(appeal).then().statusCode(409);

        StaffLogin.Session queue = StaffLogin.admin().readForm("/moderation/klager");
        queue.get().get("/moderation/klager").then().body(containsString("Navnet stod på deres egen hjemmeside"))
                // the moderator decides with the report in front of them: its number, its text, where it stands
                .body(containsString("<a href=\"/nummer/33445541\">33 44 55 41</a>"))
                .body(containsString("Ringede om et lån, nævnte Karl Jensen som kontaktperson 41"))
                .body(containsString("Anmeldelsen: skjult (Personlige oplysninger)"));
        queue.post().formParam("outcome", "uphold").formParam("reason", "MISTAKE").formParam("note", "ok")
                .post("/moderation/klager/" + openAppeal(report) + "/afgoer").then().statusCode(303);
        assertEquals(ReportStatus.VISIBLE, status(report));
        given().get(page).then().body(containsString("Karl Jensen som kontaktperson 41"));
        given().get(page + "/moderation").then().statusCode(200)
                .body(containsString("Klage modtaget")).body(containsString("Klage imødekommet"))
                .body(containsString("Afgørelsen var forkert"))
                .body(containsString("Klager modtaget: 1. Imødekommet: 1. Afvist: 0."))
                .body(not(containsString("Navnet stod på deres egen hjemmeside"))).body(not(containsString("admin")));
    }

    @Test
    void shouldLetAModeratorUpholdOrRejectAnOwnersObjection() {
        String page = "/nummer/33445542";
        long falseReport = post(page, "10.17.7.3", "De er svindlere og stjæler penge, selskab 42");
        long fairReport = post(page, "10.17.7.4", "Sælger ringede tre gange samme dag, selskab 42");
        Owners.Owner owner = Owners.verifiedOrganisation(mail, page, "+4533445542", "Selskab 42", "ejer@selskab-42.example");
        StaffLogin.Session desk = owner.session().readForm("/konto/ejer/33445542");
        desk.post().formParam("statement", "Vi har aldrig taget penge fra nogen")
                .post("/konto/ejer/33445542/anmeldelser/" + falseReport + "/indsigelse").then().statusCode(303);
        desk.post().formParam("statement", "Vi ringer kun én gang")
                .post("/konto/ejer/33445542/anmeldelser/" + fairReport + "/indsigelse").then().statusCode(303);

        StaffLogin.Session queue = StaffLogin.admin().readForm("/moderation/klager");
        queue.post().formParam("outcome", "uphold").formParam("reason", "DEFAMATORY")
                .post("/moderation/klager/" + openAppeal(falseReport) + "/afgoer").then().statusCode(303);
        queue.post().formParam("outcome", "reject").formParam("reason", "NO_RULE_BROKEN")
                .post("/moderation/klager/" + openAppeal(fairReport) + "/afgoer").then().statusCode(303);
        assertEquals(ReportStatus.HIDDEN, status(falseReport));
        assertEquals(ReportStatus.VISIBLE, status(fairReport));
        given().get(page + "/moderation").then().body(containsString("Klage afvist"))
                .body(containsString("Ingen regel er brudt")).body(containsString("Klage imødekommet"))
                .body(containsString("Klager modtaget: 2. Imødekommet: 1. Afvist: 1."));
    }

    @Test
    void shouldRefuseAnObjectionOutsideTheOwnersScopeAndAnAppealOfAPublicReport() {
        String own = "/nummer/33445543";
        String other = "/nummer/33445544";
        String author = "10.17.7.5";
        long otherReport = post(other, author, "Fremmed nummers anmeldelse 44");
        Owners.Owner owner = Owners.verifiedOrganisation(mail, own, "+4533445543", "Selskab 43", "ejer@selskab-43.example");
        StaffLogin.Session desk = owner.session().readForm("/konto/ejer/33445543");
        desk.post().formParam("statement", "Fremmed").post("/konto/ejer/33445544/anmeldelser/" + otherReport + "/indsigelse")
                .then().statusCode(403);
        desk.post().formParam("statement", "Gennem eget nummer")
                .post("/konto/ejer/33445543/anmeldelser/" + otherReport + "/indsigelse").then().statusCode(303)
                .header("Location", containsString("error=objection"));
        assertEquals(0L, appealsOn(otherReport));
        given().header("X-Forwarded-For", author).get(other + "/anmeldelser/" + otherReport + "/klage").then()
                .statusCode(404);
    }

    private static long post(String page, String author, String comment) {
        Reports.post(page, Csrf.from(page), author, Reports.report("NEGATIVE", "OTHER", comment)).statusCode(303);
        return QuarkusTransaction.requiringNew().call(() -> ((Report) Report.find("comment", comment).firstResult()).id);
    }

    private static long openAppeal(long reportId) {
        return QuarkusTransaction.requiringNew().call(() -> Appeal.<Appeal>find("reportId = ?1 and status = ?2",
                reportId, Appeal.Status.OPEN).firstResult().id);
    }

    private static long appealsOn(long reportId) {
        return QuarkusTransaction.requiringNew().call(() -> Appeal.count("reportId", reportId));
    }

    private static ReportStatus status(long reportId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Report) Report.findById(reportId)).status);
    }
}
