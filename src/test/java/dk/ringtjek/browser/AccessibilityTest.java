package dk.ringtjek.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;


import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

import io.quarkus.test.junit.QuarkusTest;

import dk.ringtjek.support.Csrf;
import dk.ringtjek.support.Reports;

/** Accessibility (axe-core, one h1, visible focus) on the pages people use most: home, a number with reports, the flag form. */
@QuarkusTest
class AccessibilityTest extends PhoneJourney {

    private static final String NUMBER_PATH = "/nummer/27700401";
    private static final String[] AUTHORS = {"10.7.4.1", "10.7.4.2", "10.7.4.3"};
    private static final String[][] REPORTS = {
        {"NEGATIVE", "SALES", "Ville sælge mig en ny elaftale, selv om jeg sagde nej to gange."},
        {"NEUTRAL", "SURVEY", "En kort spørgeskemaundersøgelse om strøm, høflig nok."},
        {"NEGATIVE", "ROBOT_CALL", "Automatisk stemme der bad mig trykke 1."},
    };

    private static boolean reportsPosted;

    @Test
    void shouldMeetTheBasicsOnTheHomePage() {
        phone.open(base, "/");
        Accessibility.checkPage(phone);
    }

    @Test
    void shouldNoticeEachProblemTheChecksAreFor() {
        phone.open(base, "/");
        phone.driver().executeScript("""
                const main = document.querySelector('main');
                main.insertAdjacentHTML('afterbegin', '<h1>Second heading</h1><input type="text" name="nolabel">'
                    + '<img src="data:,">'
                    + '<p class="score-label"><strong>Blandet</strong></p>');
                // through the CSS object model: the Content-Security-Policy refuses inline styles
                const label = main.querySelector('.score-label strong');
                label.style.color = '#999';
                label.style.background = '#fff';
                document.styleSheets[document.styleSheets.length - 1].insertRule(
                    '*:focus, *:focus-visible { outline: none !important; box-shadow: none !important; }');
                """);
        AssertionFailedError axe = assertThrows(AssertionFailedError.class, () -> PageChecks.checkAxe(phone));
        for (String rule : new String[] {"label", "image-alt", "color-contrast"}) {
            assertTrue(axe.getMessage().contains("- " + rule + " ("), "axe-core missed " + rule + ": " + axe.getMessage());
        }
        assertThrows(AssertionFailedError.class, () -> Accessibility.checkOneH1(phone));
        assertThrows(AssertionFailedError.class, () -> Accessibility.checkScoreLabelContrast(phone));
        assertThrows(AssertionFailedError.class, () -> Accessibility.checkKeyboardFocusIsVisible(phone));
    }

    @Test
    void shouldMeetTheBasicsOnANumberPageWithReports() {
        postReports();
        phone.open(base, NUMBER_PATH);
        assertEquals("Alle anmeldelser (" + REPORTS.length + ")", phone.text("#reports-heading"));
        Accessibility.checkPage(phone);
        Accessibility.checkScoreLabelContrast(phone);
    }

    @Test
    void shouldMeetTheBasicsOnTheFlagForm() {
        postReports();
        phone.open(base, NUMBER_PATH);
        phone.clickAndWaitForNewPage(phone.find(".reports .report .flag-link"));
        assertEquals("Rapportér et indlæg", phone.text("h1"));
        Accessibility.checkPage(phone);
    }

    private static void postReports() {
        if (reportsPosted) {
            return;
        }
        for (int i = 0; i < REPORTS.length; i++) {
            Reports.post(NUMBER_PATH, Csrf.from(NUMBER_PATH), AUTHORS[i],
                    Reports.report(REPORTS[i][0], REPORTS[i][1], REPORTS[i][2])).statusCode(303);
        }
        reportsPosted = true;
    }
}
