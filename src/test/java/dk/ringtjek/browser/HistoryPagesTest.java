package dk.ringtjek.browser;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import dk.ringtjek.abuse.ClientKey;
import dk.ringtjek.browser.Browser.Viewport;
import dk.ringtjek.number.NumberNormaliser;
import dk.ringtjek.report.Category;
import dk.ringtjek.report.Rating;
import dk.ringtjek.report.ReportInput;
import dk.ringtjek.report.ReportService;
import dk.ringtjek.report.TrendRules;
import dk.ringtjek.support.TestDatabase;

/**
 * A number with a story over time (a year of reports, a wave now, call times) on a 360 px phone and a
 * 1280 px desktop, its tables opened: the usual checks (axe-core, nothing past the edge), screenshots
 * in target/screenshots/history-number-{width}.png.
 */
@QuarkusTest
class HistoryPagesTest {

    private static final String NUMBER = "30418201";
    private static Browser browser;

    @TestHTTPResource("/")
    URL base;

    @Inject
    ReportService reports;

    @Inject
    NumberNormaliser normaliser;

    @Inject
    ClientKey clientKey;

    @Inject
    TestDatabase db;

    @BeforeEach
    void aYearOfReports() {
        if (db.queryLong("select count(*) from report r join phone_number p on p.id = r.number_id where p.e164 = ?",
                "+45" + NUMBER) > 0) {
            return;
        }
        LocalDate thisWeek = TrendRules.weekOf(Instant.now());
        int author = 0;
        for (int weeksAgo = 51; weeksAgo >= 0; weeksAgo--) {
            int count = weeksAgo == 0 ? 8 : weeksAgo % 3 == 0 ? 2 : 1;
            for (int i = 0; i < count; i++) {
                Instant at = thisWeek.minusWeeks(weeksAgo).atTime(9 + i, 0).atZone(TrendRules.ZONE).toInstant();
                if (at.isAfter(Instant.now())) {
                    at = Instant.now().minus(Duration.ofHours(count - i));
                }
                Rating rating = weeksAgo == 0 || i == 1 ? Rating.NEGATIVE : Rating.POSITIVE;
                reports.submitAt(normaliser.normalise(NUMBER), new ReportInput(rating, Category.SALES, "uge " + weeksAgo,
                        null, null, LocalTime.of(9 + (author % 10), 15)), clientKey.ofAddress("history-page:" + author++),
                        at);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Viewport.class, names = {"SMALL_PHONE", "LAPTOP"})
    void shouldShowTheStoryAccessiblyAndWithinTheScreen(Viewport viewport) {
        Browser.close(browser);
        browser = Browser.start(viewport);
        browser.open(base, "/nummer/" + NUMBER);
        browser.findAll(".history details summary, .call-times details summary").forEach(summary -> summary.click());
        PageChecks.checkShownPage(browser, "history-number");
    }

    @AfterAll
    static void stopBrowser() {
        Browser.close(browser);
        browser = null;
    }
}
