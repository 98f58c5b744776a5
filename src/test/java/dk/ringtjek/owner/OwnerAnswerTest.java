package dk.ringtjek.owner;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;

import dk.ringtjek.moderation.ModerationAction;
import dk.ringtjek.support.GreenMailResource.InjectMail;
import dk.ringtjek.support.StaffLogin;

/** Slice 3: a verified owner answers a report once and pins a notice; moderators and editors keep the last word. */
@QuarkusTest
class OwnerAnswerTest {

    @InjectMail
    GreenMail mail;

    @Test
    void shouldShowTheOwnersDatedAnswerUnderTheReportAndTheNoticeAboveTheReports() {
        String page = "/nummer/33445521";
        long report = Owners.report(page, "Ringede og spurgte efter mit kortnummer, påstod at være fra Elselskab 17");
        StaffLogin.Session desk = deskOf("33445521", "Elselskab 17", "kundeservice@elselskab-17.example");
        desk.post().formParam("body", "Vi spørger aldrig efter kortoplysninger i telefonen.")
                .post("/konto/ejer/33445521/anmeldelser/" + report + "/svar").then().statusCode(303);
        desk.post().formParam("body", "Vores nummer bliver misbrugt siden 3. marts: opkald om kortoplysninger er ikke fra os.")
                .formParam("spoofed", "true").post("/konto/ejer/33445521/opslag").then().statusCode(303);

        String today = LocalDate.now(Arc.container().instance(Clock.class).get().withZone(ZoneId.of("Europe/Copenhagen")))
                .toString();
        String html = given().get(page).then().statusCode(200).extract().asString();
        assertTrue(html.contains("Svar fra Elselskab 17 (verificeret ejer)"), html);
        assertTrue(html.contains("Vi spørger aldrig efter kortoplysninger i telefonen."));
        assertTrue(html.contains("Besked fra Elselskab 17 (verificeret ejer)"));
        assertTrue(html.contains("<time datetime=\"" + today + "\">"), "dated");
        assertTrue(html.contains("Ejeren siger, at nummeret bliver misbrugt"), "the owner's spoofing warning");
        assertTrue(html.indexOf("owner-notice") < html.indexOf("id=\"reports-heading\""), "the notice is above the reports");
        assertTrue(html.indexOf("Ringede og spurgte") < html.indexOf("Svar fra Elselskab 17"), "the answer is under the report");
        given().get("/en" + page.replace("nummer", "number")).then()
                .body(containsString("Answer from Elselskab 17 (verified owner)"));

        desk.post().formParam("body", "Et svar mere").post("/konto/ejer/33445521/anmeldelser/" + report + "/svar")
                .then().statusCode(409);
        assertEquals(List.of(ModerationAction.Kind.CLAIM_APPROVE, ModerationAction.Kind.OWNER_ANSWER,
                ModerationAction.Kind.NOTICE_PIN), OwnerApprovalTest.actionsOn("+4533445521"));
    }

    @Test
    void shouldKeepExactlyOneAnswerWhenTheOwnerSendsItFromManyTabsAtOnce() throws Exception {
        String page = "/nummer/33445523";
        long report = Owners.report(page, "Ringede tre gange i træk og lagde på, Elselskab 23 i displayet");
        StaffLogin.Session desk = deskOf("33445523", "Elselskab 23", "kundeservice@elselskab-23.example");
        int tabs = 12;
        ExecutorService pool = Executors.newFixedThreadPool(tabs);
        List<Integer> statuses;
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> sent = new ArrayList<>();
            for (int i = 0; i < tabs; i++) {
                String body = "Vi ringer kun én gang. Svar nummer " + i;
                sent.add(pool.submit(() -> {
                    start.await();
                    return desk.post().formParam("body", body)
                            .post("/konto/ejer/33445523/anmeldelser/" + report + "/svar").statusCode();
                }));
            }
            start.countDown();
            statuses = new ArrayList<>();
            for (var answer : sent) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, statuses.stream().filter(status -> status == 303).count(), "one answer taken: " + statuses);
        assertEquals(tabs - 1, statuses.stream().filter(status -> status == 409).count(), "the rest refused: " + statuses);
        assertEquals(1L, (long) io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(
                () -> OwnerAnswer.count("reportId", report)), "one answer stored");
        assertEquals(List.of(ModerationAction.Kind.CLAIM_APPROVE, ModerationAction.Kind.OWNER_ANSWER),
                OwnerApprovalTest.actionsOn("+4533445523"), "one answer in the log");
        given().get(page).then().statusCode(200).body(containsString("Svar fra Elselskab 23 (verificeret ejer)"));
    }

    @Test
    void shouldLetModeratorsHideAnAnswerAndEditorsRemoveTheNotice() {
        String page = "/nummer/33445522";
        long report = Owners.report(page, "Sælger der ikke ville tage et nej, selskab 22");
        StaffLogin.Session desk = deskOf("33445522", "Selskab 22", "ejer@selskab-22.example");
        desk.post().formParam("body", "Du er en løgner, og vi ved hvor du bor")
                .post("/konto/ejer/33445522/anmeldelser/" + report + "/svar").then().statusCode(303);
        desk.post().formParam("body", "Ring til os på hovednummeret").post("/konto/ejer/33445522/opslag")
                .then().statusCode(303);
        given().get(page).then().body(containsString("Du er en løgner"));

        long answer = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                OwnerAnswer.<OwnerAnswer>find("reportId", report).firstResult().id);
        StaffLogin.Session moderator = StaffLogin.admin().readForm("/moderation/svar");
        moderator.post().formParam("reason", "ABUSIVE").post("/moderation/svar/" + answer + "/hide")
                .then().statusCode(303);
        given().get(page).then().body(not(containsString("Du er en løgner")))
                .body(containsString("Sælger der ikke ville tage et nej"));

        long numberId = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                OwnerNotice.<OwnerNotice>findAll().stream().filter(n -> n.body.startsWith("Ring til os på"))
                        .findFirst().orElseThrow().numberId);
        StaffLogin.Session editor = StaffLogin.admin().readForm("/redaktion/ejere");
        editor.post().formParam("reason", "Reklame").post("/redaktion/ejere/opslag/" + numberId + "/fjern")
                .then().statusCode(303);
        given().get(page).then().body(not(containsString("Ring til os på hovednummeret")));
        given().get(page + "/moderation").then().body(containsString("Ejerens svar skjult"))
                .body(containsString("Ejerens besked fjernet"));
        assertEquals(List.of(ModerationAction.Kind.CLAIM_APPROVE, ModerationAction.Kind.OWNER_ANSWER,
                ModerationAction.Kind.NOTICE_PIN, ModerationAction.Kind.ANSWER_HIDE, ModerationAction.Kind.NOTICE_REMOVE),
                OwnerApprovalTest.actionsOn("+4533445522"));
    }

    /** The owner's desk for a national number: a verified organisation's account, its forms read. */
    private StaffLogin.Session deskOf(String national, String name, String email) {
        Owners.Owner owner = Owners.verifiedOrganisation(mail, "/nummer/" + national, "+45" + national, name, email);
        return owner.session().readForm("/konto/ejer/" + national);
    }
}
