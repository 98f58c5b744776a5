package dk.ringtjek.moderation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import dk.ringtjek.number.PhoneNumber;
import dk.ringtjek.report.AggregateCheck;
import dk.ringtjek.report.HideReason;
import dk.ringtjek.report.Report;
import dk.ringtjek.report.ReportService;
import dk.ringtjek.report.ReportStatus;

/** A held report leaves a stub and a count on the page, and many helpful votes protect a report (HoldRule). */
@QuarkusTest
class HeldReportTest {

    private static final String STUB_ONE = "1 anmeldelse venter på en moderator.";
    private static final String STUB_TWO = "2 anmeldelser venter på en moderator.";

    @Inject
    ReportService reports;

    @Inject
    FlagService flags;

    @Inject
    ModerationService moderation;

    @Inject
    AggregateCheck check;

    @Test
    void shouldLeaveAStubAndACountOnThePageWhenThreeFlagsHoldAReport() {
        String page = "/nummer/40507001";
        long warning = FlagTest.postOne(page, "Svindel: udgav sig for at være banken");
        long second = FlagTest.postOne(page, "Også svindel, bad om NemID");
        given().get(page).then().body(not(containsString("venter på en moderator")));

        flagFrom(page, warning, 3, "10.7.1.");

        assertEquals(ReportStatus.HELD, FlagTest.status(warning));
        assertEquals(1, FlagTest.number("+4540507001").heldCount);
        given().get(page).then().statusCode(200)
                .body(containsString(STUB_ONE))
                .body(not(containsString("udgav sig for at være banken")));
        given().get(page.replace("/nummer/", "/en/number/")).then().body(containsString("1 report is waiting for a moderator."));

        flagFrom(page, second, 3, "10.7.2.");
        PhoneNumber number = FlagTest.number("+4540507001");
        assertEquals(2, number.heldCount);
        assertEquals(0, number.peopleCount);
        given().get(page).then().body(containsString(STUB_TWO));
        given().get(page.replace("/nummer/", "/en/number/")).then().body(containsString("2 reports are waiting for a moderator."));

        moderation.restore(warning, "mona", null);
        moderation.hide(second, "mona", HideReason.SPAM, null);
        assertEquals(0, FlagTest.number("+4540507001").heldCount);
        given().get(page).then().body(not(containsString("venter på en moderator")))
                .body(containsString("udgav sig for at være banken"));
        assertMatchesRecomputation(number.id);
    }

    @Test
    void shouldNotHoldAReportTenVisitorsFoundHelpfulAtThreeFlagsButAtSix() {
        String page = "/nummer/40507002";
        long id = FlagTest.postOne(page, "Advarsel: falsk pakkelevering, bad om kortnummer");
        voteHelpful("+4540507002", id, 10);

        flagFrom(page, id, 5, "10.7.3.");
        assertEquals(ReportStatus.VISIBLE, FlagTest.status(id), "5 flags do not hold a report 10 found helpful");
        given().get(page).then().body(containsString("falsk pakkelevering"));

        flagFrom(page, id, 1, "10.7.4.");
        assertEquals(ReportStatus.HELD, FlagTest.status(id));
        given().get(page).then().body(containsString(STUB_ONE));
    }

    @Test
    void shouldHoldAReportNineVisitorsFoundHelpfulAtThreeFlags() {
        String page = "/nummer/40507003";
        long id = FlagTest.postOne(page, "Ringer hele tiden om solceller");
        voteHelpful("+4540507003", id, 9);

        flagFrom(page, id, 2, "10.7.5.");
        assertEquals(ReportStatus.VISIBLE, FlagTest.status(id));
        flagFrom(page, id, 1, "10.7.6.");
        assertEquals(ReportStatus.HELD, FlagTest.status(id));
    }

    @Test
    void shouldKeepTheHeldCountExactWhenFlagsAndModeratorsRace() throws Exception {
        String page = "/nummer/40507004";
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ids.add(FlagTest.postOne(page, "Kapløb om at holde anmeldelse " + i));
        }
        int flaggers = 5;
        ExecutorService pool = Executors.newFixedThreadPool(flaggers + 2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> racers = new ArrayList<>();
            for (int f = 0; f < flaggers; f++) {
                String author = "racing-flagger-" + f;
                racers.add(pool.submit(() -> {
                    start.await();
                    for (long id : ids) {
                        flags.flag("+4540507004", id, author, HideReason.SPAM, null);
                    }
                    return null;
                }));
            }
            // moderators restore and dismiss while the flags come in: each can release a held report
            for (int m = 0; m < 2; m++) {
                boolean restore = m == 0;
                racers.add(pool.submit(() -> {
                    start.await();
                    for (int round = 0; round < 2; round++) {
                        for (long id : ids) {
                            if (restore) {
                                moderation.restore(id, "mona", null);
                            } else {
                                moderation.dismissFlags(id, "mads", null);
                            }
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> racer : racers) {
                racer.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }

        PhoneNumber number = FlagTest.number("+4540507004");
        long held = QuarkusTransaction.requiringNew().call(
                () -> Report.count("numberId = ?1 and status = ?2", number.id, ReportStatus.HELD));
        assertEquals(held, number.heldCount);
        assertMatchesRecomputation(number.id);
    }

    private void assertMatchesRecomputation(long numberId) {
        Instant now = Instant.now();
        AggregateCheck.Aggregate recomputed = check.recomputed(numberId, now);
        AggregateCheck.Aggregate stored = check.stored(numberId, now);
        assertEquals(recomputed.held(), stored.held(), "held reports");
        assertEquals(recomputed.hidden(), stored.hidden(), "hidden reports");
        assertEquals(recomputed.reportCount(), stored.reportCount(), "visible reports");
        assertEquals(recomputed.people(), stored.people(), "people");
    }

    private void voteHelpful(String e164, long id, int visitors) {
        for (int v = 0; v < visitors; v++) {
            assertEquals(true, reports.voteHelpful(e164, id, "helpful-visitor-" + id + "-" + v));
        }
    }

    private static void flagFrom(String page, long id, int count, String clientPrefix) {
        for (int i = 1; i <= count; i++) {
            FlagTest.flag(page, id, clientPrefix + i);
        }
    }
}
