package dk.ringtjek.browser;

import java.net.URL;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import dk.ringtjek.browser.Browser.Viewport;

/**
 * Every public page we can reach, on a 360x780 phone and a 1280x900 desktop: axe-core finds no serious
 * or critical violation, nothing scrolls sideways or runs past the right edge; screenshots in
 * target/screenshots/{name}-{width}.png.
 */
@QuarkusTest
class PublicPagesTest {

    private static Browser phone;
    private static Browser desktop;

    @TestHTTPResource("/")
    URL base;

    @ParameterizedTest(name = "{0} at 360x780")
    @CsvSource({
        "/, home", "/nummer/70114040, curated-number", "/nummer/20123456, unknown-number", "/nummer/112, short-number",
        "/search?q=abc, search-error", "/om, about", "/privatliv, privacy", "/kontakt, contact", "/scoren, score",
        "/en/about, about-en", "/en/privacy, privacy-en", "/en/contact, contact-en", "/en/score, score-en",
        "/en/number/70114040, curated-number-en", "/nummer/70114040/anmeld, report-form",
        "/en/number/70114040/report, report-form-en", "/nummer/70114040/moderation, moderation-log", "/api, api",
        "/login, login"})
    void shouldBeAccessibleAndFitAPhone(String path, String name) {
        phone = Browser.startOnce(phone, Viewport.SMALL_PHONE);
        PageChecks.checkPage(phone, base, path, name);
    }

    @ParameterizedTest(name = "{0} at 1280x900")
    @CsvSource({
        "/, home", "/nummer/70114040, curated-number", "/nummer/20123456, unknown-number", "/nummer/112, short-number",
        "/search?q=abc, search-error", "/om, about", "/privatliv, privacy", "/kontakt, contact", "/scoren, score",
        "/en/score, score-en", "/nummer/70114040/anmeld, report-form", "/api, api"})
    void shouldBeAccessibleAndFitADesktop(String path, String name) {
        desktop = Browser.startOnce(desktop, Viewport.LAPTOP);
        PageChecks.checkPage(desktop, base, path, name);
    }

    @ParameterizedTest(name = "{0}: the answer on the first 780 px of a 360 px phone")
    @CsvSource(delimiter = '|', value = {
        "/nummer/70114040 | h1 .owner, .glance .verdict, .advice, .share a, form[role=search] input[name=q]",
        "/en/number/70114040 | h1 .owner, .glance .verdict, .advice, .share a, form[role=search] input[name=q]",
        "/nummer/20123456 | h1, .advice, .share a, form[role=search] input[name=q]",
        "/nummer/112 | h1, .advice, .share a, form[role=search] input[name=q]"})
    void shouldAnswerOnThePhonesFirstScreen(String path, String selectors) {
        phone = Browser.startOnce(phone, Viewport.SMALL_PHONE);
        phone.open(base, path);
        PageChecks.checkFirstScreen(phone, java.util.Arrays.stream(selectors.split(",")).map(String::strip).toList());
    }

    @AfterAll
    static void stopBrowsers() {
        Browser.close(phone);
        Browser.close(desktop);
        phone = null;
        desktop = null;
    }
}
