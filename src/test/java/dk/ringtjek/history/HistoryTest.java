package dk.ringtjek.history;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import dk.ringtjek.abuse.ClientKey;
import dk.ringtjek.number.NumberNormaliser;
import dk.ringtjek.number.PhoneNumber;
import dk.ringtjek.report.AggregateCheck;
import dk.ringtjek.report.Category;
import dk.ringtjek.report.HideReason;
import dk.ringtjek.report.HistoryCheck;
import dk.ringtjek.report.Rating;
import dk.ringtjek.report.Report;
import dk.ringtjek.report.ReportInput;
import dk.ringtjek.report.ReportService;
import dk.ringtjek.report.ReportStatus;
import dk.ringtjek.report.TrendRules;
import dk.ringtjek.stats.HomeListsService;
import dk.ringtjek.support.Csrf;
import dk.ringtjek.support.Reports;
import dk.ringtjek.support.TestClock;

/**
 * A number's weeks and call times are kept by the writes (and equal a recomputation from the reports
 * however the writes race), a wave is named where there is one and only there, and the heatmap shows
 * from its minimum.
 */
@QuarkusTest
class HistoryTest {

    private static final double EXACT = 1e-9;
    private static final String RACED_PAGE = "/nummer/30418001";
    private static final String WAVE_NUMBER = "30418002";
    private static final String FLAT_NUMBER = "30418003";
    private static final String HEATMAP_NUMBER = "30418004";
    private static final String[] RATINGS = {"POSITIVE", "NEUTRAL", "NEGATIVE"};
    private static final String[] CATEGORIES = {"SALES", "CUSTOMER_SERVICE", "SCAM_PHISHING", "SURVEY"};

    @Inject
    HistoryCheck history;

    @Inject
    AggregateCheck aggregate;

    @Inject
    ReportService reports;

    @Inject
    NumberNormaliser normaliser;

    @Inject
    ClientKey clientKey;

    @Inject
    HomeListsService homeLists;

    @Inject
    TestClock clock;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    @Test
    void shouldKeepTheWeeksEqualToARecomputationAfterRacingPostsHoldsHidingRestoringAndEdits() throws Exception {
        Csrf csrf = Csrf.from(RACED_PAGE);
        race(40, i -> Reports.post(RACED_PAGE, csrf, "10.18.1." + i, withTime(i)).statusCode(303));
        long id = numberId("+4530418001");
        assertMatches(id);
        // while more posts arrive, moderators hold some reports (as flags do) and hide others
        List<Long> first = ids(id, ReportStatus.VISIBLE);
        race(40, i -> {
            if (i < 10) {
                Reports.post(RACED_PAGE, csrf, "10.18.3." + i, withTime(i + 1)).statusCode(303);
            } else if (i < 25) {
                reports.changeStatus(first.get(i), ReportStatus.HELD, null);
            } else {
                reports.changeStatus(first.get(i), ReportStatus.HIDDEN, HideReason.SPAM.name());
            }
        });
        assertEquals(15, count("numberId = ?1 and status = ?2", id, ReportStatus.HELD), "held reports");
        assertMatches(id);

        // a week later: they release and restore at the same time as new posts arrive, half of them
        // from the first authors (whose counted report moves to the new week)
        clock.advance(Duration.ofDays(8));
        List<Long> held = ids(id, ReportStatus.HELD);
        List<Long> visible = ids(id, ReportStatus.VISIBLE);
        race(60, i -> {
            if (i < 20) {
                Reports.post(RACED_PAGE, csrf, "10.18." + (i % 2 == 0 ? "1." + i : "2." + i), withTime(i + 3))
                        .statusCode(303);
            } else if (i < 40) {
                reports.changeStatus(held.get(i % held.size()), ReportStatus.VISIBLE, null);
            } else {
                reports.changeStatus(visible.get(i % visible.size()), ReportStatus.HIDDEN, HideReason.SPAM.name());
            }
        });
        assertMatches(id);

        race(visible.size(), i -> reports.changeStatus(visible.get(i), ReportStatus.VISIBLE, null));
        for (Long reportId : ids(id, ReportStatus.VISIBLE).subList(0, 5)) {
            Report report = QuarkusTransaction.requiringNew().call(() -> Report.<Report>findById(reportId));
            assertTrue(reports.edit(reportId, report.authorKey, normaliser.normalise(RACED_PAGE.substring(8)),
                    new ReportInput(Rating.NEGATIVE, Category.WANGIRI, "rettet", null, LocalDate.of(2026, 3, 4),
                            LocalTime.of(22, 15))));
        }
        assertMatches(id);
        assertTrue(history.stored(id).weeks().size() >= 2, "the reports fall in two weeks");
    }

    @Test
    void shouldNameAGeneratedWaveOnThePageAndTheHomePageButNotAFlatHistory() {
        Instant now = clock.instant();
        LocalDate thisWeek = TrendRules.weekOf(now);
        // sixteen quiet weeks with one complaint each, then a week with eight from eight people
        for (int week = 17; week >= 2; week--) {
            submit(WAVE_NUMBER, "wave-" + week, Rating.NEGATIVE, inWeek(thisWeek.minusWeeks(week), 0), null);
        }
        for (int i = 0; i < 8; i++) {
            submit(WAVE_NUMBER, "wave-now-" + i, Rating.NEGATIVE, inWeek(thisWeek.minusWeeks(1), i), null);
        }
        // the same complaints spread evenly: two a week is this number's usual, never a wave
        for (int week = 17; week >= 1; week--) {
            submit(FLAT_NUMBER, "flat-" + week + "a", Rating.NEGATIVE, inWeek(thisWeek.minusWeeks(week), 0), null);
            submit(FLAT_NUMBER, "flat-" + week + "b", Rating.NEGATIVE, inWeek(thisWeek.minusWeeks(week), 1), null);
        }

        String waveDates = danishDates(thisWeek.minusWeeks(1), thisWeek.minusDays(1));
        given().get("/nummer/" + WAVE_NUMBER).then().statusCode(200)
                .body(containsString("Bølge af klager " + waveDates))
                .body(containsString("(8 klager)"));
        given().get("/nummer/" + FLAT_NUMBER).then().statusCode(200)
                .body(containsString("Anmeldelser pr. uge"))
                .body(not(containsString("Bølge af klager")));
        homeLists.forget();
        String home = given().get("/").then().statusCode(200).extract().asString();
        int list = home.indexOf("id=\"list-waves\"");
        assertTrue(list > 0, "the home page lists the current waves");
        String waves = home.substring(list, home.indexOf("</article>", list));
        assertTrue(waves.contains(normaliser.display(normaliser.normalise(WAVE_NUMBER))), waves);
        assertTrue(waves.contains("8 klager"), waves);
        assertFalse(waves.contains(normaliser.display(normaliser.normalise(FLAT_NUMBER))), waves);
        assertMatches(numberId("+45" + WAVE_NUMBER));
    }

    @Test
    void shouldShowWhenTheyCallOnlyFromTheMinimumNumberOfReportsWithATime() {
        Instant start = clock.instant().minus(Duration.ofDays(30));
        for (int i = 0; i < TrendRules.HEATMAP_MIN_REPORTS - 1; i++) {
            submit(HEATMAP_NUMBER, "heat-" + i, Rating.NEUTRAL, start.plus(Duration.ofHours(i * 3L)),
                    LocalTime.of(19, 30));
        }
        submit(HEATMAP_NUMBER, "heat-untimed", Rating.NEUTRAL, start.plus(Duration.ofDays(2)), null);
        given().get("/nummer/" + HEATMAP_NUMBER).then().statusCode(200)
                .body(not(containsString("Hvornår ringer de?")));

        submit(HEATMAP_NUMBER, "heat-last", Rating.NEUTRAL, start.plus(Duration.ofDays(3)), LocalTime.of(19, 5));
        given().get("/nummer/" + HEATMAP_NUMBER).then().statusCode(200)
                .body(containsString("Hvornår ringer de?"))
                .body(containsString("10 anmeldelser siger, hvornår opkaldet kom."))
                .body(containsString("kl. 19 ("));
        long id = numberId("+45" + HEATMAP_NUMBER);
        assertEquals(10L, history.stored(id).callTimes().values().stream().mapToLong(Long::longValue).sum());
        assertMatches(id);
    }

    @Test
    void shouldTakeAnOptionalTimeOfDayAndKeepEverythingTypedWhenItIsWrong() {
        String page = "/nummer/30418005";
        Csrf csrf = Csrf.from(page);
        Map<String, String> wrong = new HashMap<>(Reports.report("NEGATIVE", "SALES", "ringede om aftenen"));
        wrong.put("calledTime", "25:61");
        Reports.post(page, csrf, "10.18.5.1", wrong).statusCode(400)
                .body(containsString("Skriv et klokkeslæt som 14:30."))
                .body(containsString("value=\"25:61\""))
                .body(containsString("ringede om aftenen"));

        Map<String, String> right = new HashMap<>(wrong);
        right.put("calledTime", "19:45");
        Reports.post(page, csrf, "10.18.5.1", right).statusCode(303);
        Report saved = QuarkusTransaction.requiringNew().call(() -> Report.<Report>find("comment", "ringede om aftenen")
                .firstResult());
        assertEquals(LocalTime.of(19, 45), saved.calledTime);
        assertMatches(saved.numberId);
        // shown with the report, on the page and in the API
        given().get(page).then().statusCode(200)
                .body(containsString("<p class=\"called-on\"><small>Opkald modtaget: kl. 19:45</small></p>"));
        given().get("/en/number/30418005").then().statusCode(200)
                .body(containsString("<p class=\"called-on\"><small>Call received: at 19:45</small></p>"));
        given().get("/api/v1/numbers/{n}/reports", "30418005").then().statusCode(200)
                .body("reports[0].calledTime", org.hamcrest.Matchers.equalTo("19:45"));
    }

    private void assertMatches(long numberId) {
        HistoryCheck.History expected = history.recomputed(numberId);
        HistoryCheck.History actual = history.stored(numberId);
        assertEquals(expected.weeks().keySet(), actual.weeks().keySet(), "weeks");
        expected.weeks().forEach((week, want) -> {
            HistoryCheck.Week got = actual.weeks().get(week);
            assertEquals(want.positive(), got.positive(), week + " praise");
            assertEquals(want.neutral(), got.neutral(), week + " neutral");
            assertEquals(want.negative(), got.negative(), week + " complaints");
            assertEquals(want.reporters(), got.reporters(), week + " reporters");
            assertEquals(want.valueSum(), got.valueSum(), EXACT, week + " value sum");
            assertEquals(want.weightSum(), got.weightSum(), EXACT, week + " weight sum");
        });
        assertEquals(expected.callTimes(), actual.callTimes(), "call times");
        Instant now = clock.instant();
        AggregateCheck.Aggregate want = aggregate.recomputed(numberId, now);
        AggregateCheck.Aggregate got = aggregate.stored(numberId, now);
        assertEquals(want.people(), got.people(), "the aggregate still matches too");
        assertEquals(want.valueSum(), got.valueSum(), EXACT);
    }

    private void submit(String number, String author, Rating rating, Instant at, LocalTime time) {
        reports.submitAt(normaliser.normalise(number), new ReportInput(rating, Category.SALES, "opkald " + author,
                null, null, time), clientKey.ofAddress("history:" + number + ":" + author), at);
    }

    /** An instant in a week: Tuesday noon, Danish time, plus some hours so that no burst is seen. */
    private static Instant inWeek(LocalDate monday, int hours) {
        return monday.plusDays(1).atTime(12, 0).atZone(TrendRules.ZONE).toInstant().plus(Duration.ofHours(hours));
    }

    private static String danishDates(LocalDate from, LocalDate to) {
        Locale danish = Locale.forLanguageTag("da");
        if (from.getMonth() == to.getMonth()) {
            return from.getDayOfMonth() + ".–" + to.format(DateTimeFormatter.ofPattern("d. MMMM", danish));
        }
        return from.format(DateTimeFormatter.ofPattern("d. MMMM", danish)) + "–"
                + to.format(DateTimeFormatter.ofPattern("d. MMMM", danish));
    }

    private static Map<String, String> withTime(int i) {
        Map<String, String> fields = new HashMap<>(Reports.report(RATINGS[i % 3], CATEGORIES[i % 4], "uge " + i));
        if (i % 3 != 0) {
            fields.put("calledTime", "%02d:%02d".formatted(8 + i % 12, i % 60));
        }
        return fields;
    }

    private static long numberId(String e164) {
        return QuarkusTransaction.requiringNew().call(() -> PhoneNumber.findByE164(e164).orElseThrow().id);
    }

    private static long count(String query, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> Report.count(query, params));
    }

    private static List<Long> ids(long numberId, ReportStatus status) {
        return QuarkusTransaction.requiringNew().call(() -> Report.<Report>list("numberId = ?1 and status = ?2 order by id",
                numberId, status).stream().map(report -> report.id).toList());
    }

    private static void race(int tasks, IntConsumer task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < tasks; i++) {
                int n = i;
                futures.add(pool.submit(() -> task.accept(n)));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
    }
}
