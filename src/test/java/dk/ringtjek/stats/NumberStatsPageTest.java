package dk.ringtjek.stats;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import dk.ringtjek.support.TestDatabase;

@QuarkusTest
class NumberStatsPageTest {

    private static final String LOOKED_UP = "+4520310001";
    private static final String LOOKED_UP_PAGE = "/nummer/20310001";
    private static final String NEVER_LOOKED_UP_PAGE = "/nummer/20310002";
    // a crawler, so that these views leave the stored figures alone
    private static final String BOT = "Mozilla/5.0 (compatible; Googlebot/2.1)";

    @Inject
    TestDatabase db;

    @Inject
    StatsClock clock;

    private LocalDate today;

    @BeforeEach
    void storeStatistics() {
        today = clock.today();
        // outside the chart: counted in the total only
        db.putDailyStats(LOOKED_UP, today.minusDays(45), 1_200, 0);
        db.putDailyStats(LOOKED_UP, today.minusDays(20), 30, 1);
        db.putDailyStats(LOOKED_UP, today.minusDays(2), 12, 0);
        db.putDailyStats(LOOKED_UP, today.minusDays(1), 4, 3);
        db.execute("""
                insert into number_lookup_total (e164, lookups) values (?, 1246)
                on conflict (e164) do update set lookups = excluded.lookups
                """, LOOKED_UP);
    }

    @Test
    void shouldShowHowOftenTheNumberWasLookedUpInTotalAndInTheLast7Days() {
        given().header("User-Agent", BOT).when().get(LOOKED_UP_PAGE)
                .then().statusCode(200)
                .body(containsString("Slået op 1.246 gange i alt, heraf 16 de seneste 7 dage."));
    }

    @Test
    void shouldDrawTheLast30DaysAsAnAccessibleSvgChart() {
        String yesterday = dayMonth(today.minusDays(1));
        String twentyDaysAgo = dayMonth(today.minusDays(20));
        given().header("User-Agent", BOT).when().get(LOOKED_UP_PAGE)
                .then().statusCode(200)
                .body(containsString("<svg viewBox=\"0 0 320 172\" role=\"img\" "
                        + "aria-labelledby=\"lookup-chart-title lookup-chart-desc\""))
                .body(containsString("<title id=\"lookup-chart-title\">Opslag og anmeldelser pr. dag, de seneste 30 dage</title>"))
                .body(containsString("<desc id=\"lookup-chart-desc\">Søjlediagram fra " + dayMonth(today.minusDays(29))
                        + " til " + dayMonth(today) + ": 46 opslag og 4 anmeldelser i alt. Flest opslag "
                        + twentyDaysAgo + ": 30.</desc>"))
                .body(containsString("Opslag (højst 30 på en dag)"))
                .body(containsString("<title>" + yesterday + ": 4 opslag</title>"))
                .body(containsString("<title>" + yesterday + ": 3 anmeldelser</title>"))
                .body(containsString("<title>" + twentyDaysAgo + ": 1 anmeldelse</title>"))
                // the highest day fills its panel
                .body(containsString("height=\"66.0\"><title>" + twentyDaysAgo + ": 30 opslag</title>"))
                .body(containsString("<td>12</td><td>0</td>"))
                .body(not(containsString("1200")))
                .body(not(containsString("<script")));
    }

    @Test
    void shouldSpeakEnglishInTheChartToo() {
        given().header("User-Agent", BOT).when().get(LOOKED_UP_PAGE.replace("/nummer/", "/en/number/"))
                .then().statusCode(200)
                .body(containsString("Looked up 1,246 times in total, 16 of them in the last 7 days."))
                .body(containsString("Lookups and reports per day, last 30 days"))
                .body(containsString("Reports (at most 3 a day)"));
    }

    @Test
    void shouldSayWhenNobodyHasLookedTheNumberUpYet() {
        given().header("User-Agent", BOT).when().get(NEVER_LOOKED_UP_PAGE)
                .then().statusCode(200)
                .body(containsString("Ingen har slået nummeret op her endnu."))
                .body(containsString("role=\"img\""))
                .body(containsString(": 0 opslag og 0 anmeldelser i alt.</desc>"));
    }

    private static String dayMonth(LocalDate day) {
        return StatsFormat.dayMonth(day);
    }
}
