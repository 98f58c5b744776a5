package dk.ringtjek.moderation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

import dk.ringtjek.number.PhoneNumber;
import dk.ringtjek.report.ReportStatus;
import dk.ringtjek.support.StaffForm;

@QuarkusTest
class ModerationTest {

    @Inject
    EntityManager em;

    @Test
    @TestSecurity(user = "mona", roles = "moderator")
    void shouldHideAndRestoreWithTheScoreAndTheAuditLog() {
        String page = "/nummer/40506081";
        long id = FlagTest.postOne(page, "Hans Jensen fra Vejle er en svindler");
        given().get(page).then().body(not(containsString("/nummer/40506081/moderation")));
        FlagTest.flag(page, id, "10.6.1.1");
        given().get("/moderation").then().statusCode(200)
                .body(containsString("Hans Jensen fra Vejle er en svindler"))
                .body(containsString("Krænkende eller truende"));

        StaffForm csrf = StaffForm.from("/moderation");
        csrf.request().formParam("reason", "PERSONAL_DATA").formParam("note", "navn og by")
                .post("/moderation/reports/" + id + "/hide").then().statusCode(303);
        assertEquals(ReportStatus.HIDDEN, FlagTest.status(id));
        assertEquals(0, FlagTest.number("+4540506081").peopleCount);
        given().get(page).then()
                .body(containsString("Skjult af en moderator: personlige oplysninger."))
                .body(not(containsString("Hans Jensen")))
                .body(containsString("Se hvorfor en moderator har fjernet 1 indlæg fra denne side"));
        given().get(page + "/moderation").then().statusCode(200)
                .body(containsString("Personlige oplysninger: <strong>1</strong>"))
                .body(not(containsString("mona")));

        csrf.request().post("/moderation/reports/" + id + "/restore").then().statusCode(303);
        assertEquals(ReportStatus.VISIBLE, FlagTest.status(id));
        PhoneNumber restored = FlagTest.number("+4540506081");
        assertEquals(1, restored.peopleCount);
        given().get(page).then().body(containsString("Hans Jensen fra Vejle er en svindler"))
                .body(not(containsString("/nummer/40506081/moderation")));

        List<Object[]> log = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select moderator, action, reason, note from ModerationAction where reportId = :id order by id",
                Object[].class).setParameter("id", id).getResultList());
        assertEquals(2, log.size());
        assertEquals("mona", log.get(0)[0]);
        assertEquals(ModerationAction.Kind.HIDE, log.get(0)[1]);
        assertEquals("PERSONAL_DATA", log.get(0)[2]);
        assertEquals("navn og by", log.get(0)[3]);
        assertEquals(ModerationAction.Kind.RESTORE, log.get(1)[1]);
    }

    @Test
    @TestSecurity(user = "mona", roles = "moderator")
    void shouldHideABurstInBulk() {
        String page = "/nummer/40506082";
        long first = FlagTest.postOne(page, "kampagne 1");
        long second = FlagTest.postOne(page, "kampagne 2");
        FlagTest.flag(page, first, "10.6.2.1"); // something in the queue, so that its page has the forms
        StaffForm.from("/moderation").request().formParam("ids", first).formParam("ids", second)
                .formParam("action", "HIDE").formParam("reason", "SPAM")
                .post("/moderation/bulk").then().statusCode(303);
        assertEquals(ReportStatus.HIDDEN, FlagTest.status(first));
        assertEquals(ReportStatus.HIDDEN, FlagTest.status(second));
    }

    @Test
    @TestSecurity(user = "mona", roles = "moderator")
    void shouldRefuseAModerationPostWithoutTheCsrfToken() {
        long id = FlagTest.postOne("/nummer/40506083", "uden token");
        given().redirects().follow(false).formParam("reason", "SPAM")
                .post("/moderation/reports/" + id + "/hide").then().statusCode(400);
        assertEquals(ReportStatus.VISIBLE, FlagTest.status(id));
    }

    @Test
    @TestSecurity(user = "eddie", roles = "editor")
    void shouldForbidTheQueueToOtherRoles() {
        given().get("/moderation").then().statusCode(403);
    }

    @Test
    void shouldKeepTheAuditLogAppendOnly() {
        long id = FlagTest.postOne("/nummer/40506084", "til loggen");
        QuarkusTransaction.requiringNew().run(() -> ModerationAction.record(id,
                PhoneNumber.findByE164("+4540506084").orElseThrow().id, "mona", ModerationAction.Kind.HIDE,
                "SPAM", null));
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update moderation_action set moderator = 'someone else' where report_id = :id")
                .setParameter("id", id).executeUpdate()));
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "delete from moderation_action where report_id = :id").setParameter("id", id).executeUpdate()));
    }
}
