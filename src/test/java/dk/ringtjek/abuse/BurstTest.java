package dk.ringtjek.abuse;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import dk.ringtjek.moderation.QueueItem;
import dk.ringtjek.moderation.QueueService;
import dk.ringtjek.number.PhoneNumber;
import dk.ringtjek.report.Report;
import dk.ringtjek.report.ReportStatus;
import dk.ringtjek.support.Csrf;
import dk.ringtjek.support.Reports;

@QuarkusTest
@TestProfile(BurstTest.LowBurstThreshold.class)
class BurstTest {

    /** A burst already at three new authors within ten minutes. */
    public static class LowBurstThreshold implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ringtjek.abuse.burst.new-authors", "3");
        }
    }

    @Inject
    QueueService queue;

    @Test
    void shouldHoldNewReportsDuringABurstAndPutTheNumberFirstInTheQueue() {
        String quiet = "/nummer/60708090";
        String page = "/nummer/60708091";
        Reports.post(quiet, Csrf.from(quiet), "10.8.0.1", Reports.report("NEGATIVE", "SALES", "enkelt klage"))
                .statusCode(303);
        Csrf csrf = Csrf.from(page);
        for (int i = 1; i <= 5; i++) {
            Reports.post(page, csrf, "10.8.1." + i, Reports.report("NEGATIVE", "SCAM_PHISHING", "kampagne " + i))
                    .statusCode(303);
        }
        List<ReportStatus> statuses = QuarkusTransaction.requiringNew().call(() -> {
            long id = PhoneNumber.findByE164("+4560708091").orElseThrow().id;
            return Report.<Report>list("numberId = ?1 order by createdAt", id).stream().map(r -> r.status).toList();
        });
        assertEquals(List.of(ReportStatus.VISIBLE, ReportStatus.VISIBLE, ReportStatus.HELD, ReportStatus.HELD,
                ReportStatus.HELD), statuses);
        PhoneNumber number = QuarkusTransaction.requiringNew().call(() -> PhoneNumber.findByE164("+4560708091")
                .orElseThrow());
        assertEquals(2, number.peopleCount, "held reports do not count");
        given().get(page).then().body(containsString("kampagne 2")).body(org.hamcrest.Matchers.not(
                containsString("kampagne 3")));

        List<QueueItem> items = queue.queue();
        assertTrue(items.size() >= 3);
        // this class's other test may have put its own burst number ahead of this one
        assertTrue(List.of("/nummer/60708091", "/nummer/60708092").contains(items.get(0).numberPath()),
                "a number under a burst comes first: " + items.get(0).numberPath());
    }

    @Test
    void shouldTellTheAuthorOfAHeldReportThatItWaitsForAModerator() {
        String page = "/nummer/60708092";
        Csrf csrf = Csrf.from(page);
        for (int i = 1; i <= 2; i++) {
            Reports.post(page, csrf, "10.8.2." + i, Reports.report("NEGATIVE", "SALES", "før bølgen " + i))
                    .statusCode(303);
        }
        String thanks = Reports.post(page, csrf, "10.8.2.3", Reports.report("NEGATIVE", "SALES", "midt i bølgen"))
                .statusCode(303).extract().header("Location");
        given().header("X-Forwarded-For", "10.8.2.3").get(thanks).then().statusCode(200)
                .body(containsString("Din anmeldelse venter på en moderator"))
                .body(containsString("midt i bølgen"))
                .body(org.hamcrest.Matchers.not(containsString("er offentliggjort")));
        given().get(page).then().body(org.hamcrest.Matchers.not(containsString("midt i bølgen")));
    }
}
