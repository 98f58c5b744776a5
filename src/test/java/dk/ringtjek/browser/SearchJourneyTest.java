package dk.ringtjek.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;


import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import dk.ringtjek.browser.Browser.Viewport;

/** Journey 1: a visitor types the number that rang on the home page and lands on its page. */
@QuarkusTest
class SearchJourneyTest extends PhoneJourney {

    private static final String TYPED = "70 11 40 40";
    private static final String NUMBER_PATH = "/nummer/70114040";

    @Test
    void shouldFindTheNorlysNumberFromTheHomePageOnAPhone() {
        searchAndCheckTheNumberPage(phone, "journey1-search-phone");
    }

    @Test
    void shouldFindTheNorlysNumberFromTheHomePageOnADesktop() {
        try (Browser desktop = Browser.start(Viewport.DESKTOP)) {
            searchAndCheckTheNumberPage(desktop, "journey1-search-desktop");
        }
    }

    private void searchAndCheckTheNumberPage(Browser browser, String screenshot) {
        browser.open(base, "/");
        browser.find("#q").sendKeys(TYPED);
        browser.clickAndWaitForNewPage(browser.find(".search-form button[type=submit]"));

        assertEquals(NUMBER_PATH, browser.currentPath());
        assertTrue(browser.text("h1").contains("Norlys"), browser.text("h1"));
        assertEquals("Legitim virksomhed", browser.text(".glance .verdict"));

        assertTrue(browser.text(".official").contains("Officielle kontaktkanaler"));
        assertFalse(browser.findAll(".official .channels li").isEmpty(), "no contact channels shown");
        assertTrue(browser.find(".official .channels").isDisplayed());

        assertEquals("Brugernes oplevelser", browser.text("#crowd-heading"));
        assertTrue(browser.find(".crowd").isDisplayed());
        browser.screenshot(screenshot);
    }
}
