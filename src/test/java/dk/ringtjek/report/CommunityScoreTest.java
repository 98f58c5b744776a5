package dk.ringtjek.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import dk.ringtjek.number.PhoneNumber;
import dk.ringtjek.support.Csrf;
import dk.ringtjek.support.Reports;
import dk.ringtjek.support.TestClock;

@QuarkusTest
class CommunityScoreTest {

    private static final double EXACT = 1e-9;

    @Inject
    AggregateCheck check;

    @Inject
    ReportService reports;

    @Inject
    ScoreDecayJob decay;

    @Inject
    TestClock clock;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    @Test
    void shouldLabelFiveComplaintsFromFiveAuthorsNegative() {
        String page = "/nummer/30405061";
        postFromDistinctAuthors(page, 5, "NEGATIVE", "SALES", "10.2.1.");
        PhoneNumber number = number("+4530405061");
        assertEquals(5, number.peopleCount);
        assertTrue(CommunityScore.label(number.score).negative(), "label was " + CommunityScore.label(number.score));
        given().get(page).then().body(containsString("Generende")).body(containsString("fra 5 personer"));
    }

    @Test
    void shouldLabelFivePraisesFromFiveAuthorsTrustworthy() {
        String page = "/nummer/30405062";
        postFromDistinctAuthors(page, 5, "POSITIVE", "CUSTOMER_SERVICE", "10.2.2.");
        assertEquals(CommunityScore.Label.TRUSTWORTHY, CommunityScore.label(number("+4530405062").score));
        given().get(page).then().body(containsString("Troværdig"));
    }

    @Test
    void shouldCountTwentyReportsFromOneAuthorAsOne() {
        String page = "/nummer/30405063";
        Csrf csrf = Csrf.from(page);
        for (int i = 0; i < 20; i++) {
            Reports.post(page, csrf, "10.2.3.1", Reports.report("NEGATIVE", "SALES", "igen " + i)).statusCode(303);
            clock.advance(Duration.ofHours(25)); // one report a day is all an author gets
        }
        PhoneNumber number = number("+4530405063");
        assertEquals(20, number.reportCount);
        assertEquals(1, number.peopleCount);
        assertEquals(-1.0 / 3.0, number.score, 1e-6);
        assertMatchesRecomputation(number.id);
    }

    @Test
    void shouldCountScamsAsStronglyNegativeWhateverTheRating() {
        String page = "/nummer/30405064";
        postFromDistinctAuthors(page, 3, "POSITIVE", "SCAM_PHISHING", "10.2.4.");
        PhoneNumber number = number("+4530405064");
        assertEquals(CommunityScore.Label.DANGEROUS, CommunityScore.label(number.score));
    }

    @Test
    void shouldLabelTwoPingCallReportsADayApartDangerousAtZero() {
        String page = "/nummer/30405069";
        Csrf csrf = Csrf.from(page);
        Reports.post(page, csrf, "10.2.9.1", Reports.report("NEGATIVE", "WANGIRI", "ringede en gang")).statusCode(303);
        clock.advance(Duration.ofDays(1));
        Reports.post(page, csrf, "10.2.9.2", Reports.report("NEGATIVE", "WANGIRI", "ringede igen")).statusCode(303);
        PhoneNumber number = number("+4530405069");
        assertEquals(0, CommunityScore.percent(number.score));
        assertEquals(CommunityScore.Label.DANGEROUS, CommunityScore.label(number.score));
        given().get(page).then().body(containsString("Farlig")).body(not(containsString("Generende")));
    }

    @Test
    void shouldStayExactWhenTwoHundredReportsArriveAtOnce() throws Exception {
        String page = "/nummer/30405065";
        Csrf csrf = Csrf.from(page);
        String[] ratings = {"POSITIVE", "NEUTRAL", "NEGATIVE"};
        String[] categories = {"SALES", "CUSTOMER_SERVICE", "SCAM_PHISHING", "SURVEY"};
        race(200, i -> Reports.post(page, csrf, "10.3." + (i / 250) + "." + (i % 250),
                Reports.report(ratings[i % 3], categories[i % 4], "samtidig " + i)).statusCode(303));
        PhoneNumber number = number("+4530405065");
        assertEquals(200, number.reportCount);
        assertEquals(200, number.peopleCount);
        assertEquals(200L, QuarkusTransaction.requiringNew().call(() -> Report.count("numberId", number.id)));
        assertMatchesRecomputation(number.id);
    }

    @Test
    void shouldLetOnlyOneReportPerAuthorAndDayThroughWhenTheyRace() throws Exception {
        String page = "/nummer/30405066";
        Csrf csrf = Csrf.from(page);
        AtomicInteger saved = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        race(60, i -> {
            int status = Reports.post(page, csrf, "10.4.0." + (i % 6),
                    Reports.report(i % 2 == 0 ? "NEGATIVE" : "POSITIVE", "SALES", "kapløb " + i))
                    .extract().statusCode();
            (status == 303 ? saved : refused).incrementAndGet();
            assertTrue(status == 303 || status == 409, "status " + status);
        });
        assertEquals(6, saved.get());
        assertEquals(54, refused.get());
        PhoneNumber number = number("+4530405066");
        assertEquals(6, number.reportCount);
        assertEquals(6, number.peopleCount);
        assertEquals(6L, QuarkusTransaction.requiringNew().call(
                () -> Report.count("numberId = ?1 and counted = true", number.id)));
        assertMatchesRecomputation(number.id);
    }

    @Test
    void shouldMatchARecomputationAfterDecay() {
        String page = "/nummer/30405067";
        postFromDistinctAuthors(page, 4, "NEGATIVE", "SALES", "10.2.7.");
        postFromDistinctAuthors(page, 2, "POSITIVE", "SALES", "10.2.8.");
        long id = number("+4530405067").id;
        Double before = number("+4530405067").score;

        Instant later = clock.instant().plus(Duration.ofDays(365));
        assertTrue(decay.decay(later, Duration.ZERO) >= 1);

        PhoneNumber after = number("+4530405067");
        assertTrue(Math.abs(after.score) < Math.abs(before), "an aged score moves towards neutral");
        assertEquals(later.toEpochMilli(), after.scoredAt.toInstant().toEpochMilli());
        assertMatches(check.recomputed(id, later), check.stored(id, later));
    }

    @Test
    void shouldMatchARecomputationAfterHidingAndRestoring() {
        String page = "/nummer/30405068";
        Csrf csrf = Csrf.from(page);
        Reports.post(page, csrf, "10.2.9.1", Reports.report("POSITIVE", "SALES", "første")).statusCode(303);
        clock.advance(Duration.ofDays(2));
        Reports.post(page, csrf, "10.2.9.1", Reports.report("NEGATIVE", "SCAM_PHISHING", "andenrapport")).statusCode(303);
        Reports.post(page, csrf, "10.2.9.2", Reports.report("NEGATIVE", "SALES", "tredje")).statusCode(303);
        long id = number("+4530405068").id;
        long latestOfFirstAuthor = reportId("andenrapport");

        assertTrue(reports.changeStatus(latestOfFirstAuthor, ReportStatus.HIDDEN, HideReason.SPAM.name()));
        PhoneNumber hidden = number("+4530405068");
        assertEquals(2, hidden.reportCount);
        assertEquals(2, hidden.peopleCount, "the author's earlier report counts again");
        assertEquals(1, hidden.positiveCount);
        assertMatchesRecomputation(id);
        given().get(page).then().body(containsString("Skjult af en moderator: reklame eller spam."))
                .body(org.hamcrest.Matchers.not(containsString("andenrapport")));

        assertTrue(reports.changeStatus(latestOfFirstAuthor, ReportStatus.VISIBLE, null));
        PhoneNumber restored = number("+4530405068");
        assertEquals(3, restored.reportCount);
        assertEquals(0, restored.positiveCount);
        assertMatchesRecomputation(id);
    }

    private void assertMatchesRecomputation(long numberId) {
        Instant now = clock.instant();
        assertMatches(check.recomputed(numberId, now), check.stored(numberId, now));
    }

    private static void assertMatches(AggregateCheck.Aggregate expected, AggregateCheck.Aggregate actual) {
        assertEquals(expected.reportCount(), actual.reportCount(), "visible reports");
        assertEquals(expected.held(), actual.held(), "held reports");
        assertEquals(expected.hidden(), actual.hidden(), "hidden reports");
        assertEquals(expected.people(), actual.people(), "people");
        assertEquals(expected.positive(), actual.positive(), "positive");
        assertEquals(expected.neutral(), actual.neutral(), "neutral");
        assertEquals(expected.negative(), actual.negative(), "negative");
        assertEquals(expected.valueSum(), actual.valueSum(), EXACT, "value sum");
        assertEquals(expected.weightSum(), actual.weightSum(), EXACT, "weight sum");
        assertEquals(expected.score(), actual.score(), EXACT, "score");
        assertEquals(expected.categoryCounts(), actual.categoryCounts(), "category counts");
    }

    private static void postFromDistinctAuthors(String page, int count, String rating, String category, String prefix) {
        Csrf csrf = Csrf.from(page);
        for (int i = 1; i <= count; i++) {
            Reports.post(page, csrf, prefix + i, Reports.report(rating, category, "opkald " + i)).statusCode(303);
        }
    }

    private static void race(int requests, java.util.function.IntConsumer post) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                int n = i;
                futures.add(pool.submit(() -> post.accept(n)));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static long reportId(String comment) {
        return QuarkusTransaction.requiringNew().call(() -> ((Report) Report.find("comment", comment).firstResult()).id);
    }

    private static PhoneNumber number(String e164) {
        return QuarkusTransaction.requiringNew().call(() -> PhoneNumber.findByE164(e164).orElseThrow());
    }
}
