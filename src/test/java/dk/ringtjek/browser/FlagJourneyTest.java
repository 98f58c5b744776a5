package dk.ringtjek.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;


import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import dk.ringtjek.support.Csrf;
import dk.ringtjek.support.Reports;

/**
 * Journey 3: visitors flag a post; at the third visitor the post is held and its text leaves the page.
 * One browser plays three visitors by claiming a different client address each time.
 */
@QuarkusTest
class FlagJourneyTest extends PhoneJourney {

    private static final String NUMBER_PATH = "/nummer/27700301";
    private static final String AUTHOR = "10.7.3.100";
    private static final String ABUSIVE = "Han er en svindler og jeg ved hvor han bor i Vejle";
    private static final String[] FLAGGERS = {"10.7.3.1", "10.7.3.2", "10.7.3.3"};

    @Test
    void shouldTakeAPostOffThePageAfterThreeVisitorsFlagIt() {
        Reports.post(NUMBER_PATH, Csrf.from(NUMBER_PATH), AUTHOR, Reports.report("NEGATIVE", "OTHER", ABUSIVE))
                .statusCode(303);

        for (int i = 0; i < FLAGGERS.length; i++) {
            phone.actAsClient(FLAGGERS[i]);
            phone.open(base, NUMBER_PATH);
            assertTrue(phone.text(".reports").contains(ABUSIVE), "still shown before flag " + (i + 1));
            phone.clickAndWaitForNewPage(phone.find(".reports .report .flag-link"));
            assertEquals("Rapportér et indlæg", phone.text("h1"));
            phone.find("label[for=reason-ABUSIVE]").click();
            if (i == 0) {
                phone.screenshot("journey3-flag-form");
            }
            phone.clickAndWaitForNewPage(phone.find("main form button[type=submit]"));

            boolean last = i == FLAGGERS.length - 1;
            assertEquals(NUMBER_PATH + (last ? "?flag=held" : "?flag=counted"), phone.currentPath());
            assertEquals(last ? "Tak. Indlægget er skjult, til en moderator har set på det."
                    : "Tak, en moderator ser på indlægget.", phone.text(".flash"));
        }

        assertFalse(phone.find("main").getText().contains(ABUSIVE), "the held post's text is gone");
        assertFalse(phone.driver().getPageSource().contains("jeg ved hvor han bor"), "not even in the HTML");
        assertEquals("Alle anmeldelser (0)", phone.text("#reports-heading"));
        phone.screenshot("journey3-flag-held");
    }
}
