package dk.ringtjek.stats;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import dk.ringtjek.support.FreshDatabaseProfile;
import dk.ringtjek.support.TestDatabase;

@QuarkusTest
@TestProfile(FreshDatabaseProfile.class)
class HomeListsTest {

    // a wave: complaints from four people this week
    private static final String WAVE = "+4520330001";
    // one person's burst of complaints, and complaints held or hidden by moderators
    private static final String BURST = "+4520330002";
    // complaints older than a week
    private static final String OLD_WAVE = "+4520330003";
    private static final String HOT_TODAY = "+4520330004";
    private static final String HOT_THIS_WEEK = "+4520330005";
    // fewer distinct visitors than the lists ask for (ringtjek.stats.list-min-visitors, 10), and just enough
    private static final String FEW_VISITORS = "+4520330006";
    private static final String JUST_ENOUGH = "+4520330007";
    private static final String FEW_THIS_WEEK = "+4520330008";

    private static final String VISIBLE_COMMENT = "Ringede om et mobilabonnement og ville ikke lægge på";
    private static final String HELD_COMMENT = "HOLDT-KOMMENTAR venter på en moderator";
    private static final String HIDDEN_COMMENT = "SKJULT-KOMMENTAR fjernet af en moderator";
    private static final String SCRIPT_COMMENT = "<script>alert('x')</script> sælger";

    @Inject
    TestDatabase db;

    @Inject
    HomeListsService lists;

    @Inject
    StatsClock clock;

    private static boolean stored;

    @BeforeEach
    void storeReportsAndLookups() {
        if (!stored) {
            long wave = db.numberId(WAVE);
            long burst = db.numberId(BURST);
            long oldWave = db.numberId(OLD_WAVE);
            for (int person = 1; person <= 4; person++) {
                db.insertReport(wave, "NEGATIVE", "Klage nummer " + person, "wave-author-" + person, "VISIBLE", 1);
            }
            for (int i = 0; i < 3; i++) {
                // one person, on three days (one report a day is all the database lets in)
                db.insertReport(burst, "NEGATIVE", "Samme person igen " + i, "burst-author", "VISIBLE", 2 + 2 * i);
            }
            for (int person = 1; person <= 5; person++) {
                db.insertReport(burst, "NEGATIVE", HELD_COMMENT, "held-author-" + person, "HELD", 0);
                db.insertReport(burst, "NEGATIVE", HIDDEN_COMMENT, "hidden-author-" + person, "HIDDEN", 0);
                db.insertReport(oldWave, "NEGATIVE", "Gammel klage " + person, "old-author-" + person, "VISIBLE", 10);
            }
            db.insertReport(wave, "POSITIVE", SCRIPT_COMMENT, "wave-praise-author", "VISIBLE", 0);
            db.insertReport(wave, "NEGATIVE", VISIBLE_COMMENT, null, "VISIBLE", 0);
            stored = true;
        }
        LocalDate today = clock.today();
        db.putDailyStats(HOT_TODAY, today, 9_000, 0);
        db.putDailyStats(HOT_THIS_WEEK, today, 8_000, 0);
        db.putDailyStats(HOT_THIS_WEEK, today.minusDays(3), 5_000, 0);
        // a week ago is outside the last 7 days
        db.putDailyStats(HOT_TODAY, today.minusDays(7), 50_000, 0);
        db.putDailyStats(FEW_VISITORS, today, 9, 0);
        db.putDailyStats(JUST_ENOUGH, today, 10, 0);
        // one visitor a day for a week (what one client can add at most): 7, still below the minimum
        for (int day = 0; day < 7; day++) {
            db.putDailyStats(FEW_THIS_WEEK, today.minusDays(day), 1, 0);
        }
        lists.forget();
    }

    @Test
    void shouldRankNumbersByComplaintsFromDistinctPeopleThisWeek() {
        List<HomeLists.NumberCount> complained = lists.lists().mostComplained();
        assertEquals("20 33 00 01", complained.get(0).number().display());
        assertEquals("/nummer/20330001", complained.get(0).number().path());
        // four authors, and one report whose author key is gone counts on its own
        assertEquals(5, complained.get(0).count());
        assertEquals(1, countOf(complained, "20 33 00 02"), "one person's burst counts once; held and hidden not at all");
        assertEquals(0, countOf(complained, "20 33 00 03"), "complaints older than a week are no wave");
    }

    @Test
    void shouldRankTheMostLookedUpNumbersTodayAndInTheLast7Days() {
        HomeLists home = lists.lists();
        assertEquals("20 33 00 04", home.mostLookedUpToday().get(0).number().display());
        assertEquals(9_000, home.mostLookedUpToday().get(0).count());
        assertEquals("20 33 00 05", home.mostLookedUpToday().get(1).number().display());
        assertEquals("20 33 00 05", home.mostLookedUpWeek().get(0).number().display());
        assertEquals(13_000, home.mostLookedUpWeek().get(0).count());
        assertEquals(9_000, home.mostLookedUpWeek().get(1).count());
    }

    @Test
    void shouldLeaveNumbersWithFewerDistinctVisitorsThanTheMinimumOutOfTheLookupLists() {
        HomeLists home = lists.lists();

        assertEquals(0, countOf(home.mostLookedUpToday(), "20 33 00 06"), "9 visitors today are too few");
        assertEquals(10, countOf(home.mostLookedUpToday(), "20 33 00 07"), "10 visitors are enough");
        assertEquals(0, countOf(home.mostLookedUpWeek(), "20 33 00 06"));
        assertEquals(10, countOf(home.mostLookedUpWeek(), "20 33 00 07"));
        assertEquals(0, countOf(home.mostLookedUpWeek(), "20 33 00 08"), "one client every day is still too few");
        assertEquals(0, countOf(home.mostLookedUpToday(), "20 33 00 08"));
    }

    @Test
    void shouldListOnlyPublicReportsNewestFirst() {
        List<HomeLists.ReportTeaser> latest = lists.lists().latestReports();
        assertTrue(latest.size() <= 8);
        assertTrue(latest.stream().noneMatch(report -> report.excerpt().contains("HOLDT")
                || report.excerpt().contains("SKJULT")));
        assertTrue(latest.stream().anyMatch(report -> report.excerpt().equals(VISIBLE_COMMENT)));
    }

    @Test
    void shouldShowTheListsOnTheHomePageEscapedAndWithoutHeldOrHiddenReports() {
        String home = given().when().get("/").then().statusCode(200).extract().asString();

        String complaints = section(home, "list-complaints");
        assertTrue(complaints.indexOf("20 33 00 01") < complaints.indexOf("20 33 00 02"));
        assertTrue(complaints.contains("5 klager"));
        assertFalse(complaints.contains("20 33 00 03"));
        String today = section(home, "list-today");
        assertTrue(today.indexOf("20 33 00 04") < today.indexOf("20 33 00 05"));
        assertTrue(today.contains("9.000 opslag"));
        String week = section(home, "list-week");
        assertTrue(week.indexOf("20 33 00 05") < week.indexOf("20 33 00 04"));
        assertTrue(week.contains("13.000 opslag"));
        String latest = section(home, "list-latest");
        assertTrue(latest.contains(VISIBLE_COMMENT));
        assertTrue(latest.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; sælger"));
        assertTrue(latest.contains("href=\"/nummer/20330001\""));
        String verified = section(home, "list-verified");
        assertTrue(verified.contains("Norlys (tidligere Stofa)"));
        assertTrue(verified.contains("href=\"/nummer/70114040\""));

        assertFalse(home.contains("HOLDT-KOMMENTAR"));
        assertFalse(home.contains("SKJULT-KOMMENTAR"));
        assertFalse(home.contains("<script>"));
    }

    @Test
    void shouldServeTheListsFromMemoryUntilTheyAreReadAgain() {
        HomeLists first = lists.lists();
        db.putDailyStats("+4520330009", clock.today(), 99_000, 0);

        assertEquals(first, lists.lists(), "read again within the time to live");
        lists.forget();
        assertEquals("20 33 00 09", lists.lists().mostLookedUpToday().get(0).number().display());
        db.execute("delete from number_daily_stats where e164 = ?", "+4520330009");
        lists.forget();
    }

    private static long countOf(List<HomeLists.NumberCount> counts, String display) {
        return counts.stream().filter(count -> count.number().display().equals(display))
                .mapToLong(HomeLists.NumberCount::count).findFirst().orElse(0);
    }

    /** The HTML of one list on the home page, from its article to the next. */
    private static String section(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertTrue(start >= 0, "the home page has the list " + id);
        int end = html.indexOf("</article>", start);
        return html.substring(start, end);
    }
}
