package dk.ringtjek.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;


/** Journey 6: the language switch in the header turns a number page English and keeps the number. */
@QuarkusTest
class LanguageJourneyTest extends PhoneJourney {

    private static final String NUMBER_PATH = "/nummer/70114040";

    @Test
    void shouldShowTheNumberPageInEnglishAtItsOwnAddress() {
        phone.open(base, NUMBER_PATH);
        assertEquals("da", phone.find("html").getAttribute("lang"));
        assertTrue(phone.text(".official").contains("Officielle kontaktkanaler"));

        phone.clickAndWaitForNewPage(phone.find(".site-header a[hreflang=en]"));

        assertEquals("/en/number/70114040", phone.currentPath());
        assertEquals("en", phone.find("html").getAttribute("lang"));
        assertEquals("Official information", phone.text("#official-heading"));
        assertTrue(phone.text(".official").contains("Official contact channels"), phone.text(".official"));
        assertTrue(phone.text("h1").startsWith("70 11 40 40"), phone.text("h1"));
        assertEquals("Dansk", phone.text(".site-header a[hreflang=da]"));
        phone.screenshot("journey6-language-english");

        phone.clickAndWaitForNewPage(phone.find(".site-header a[hreflang=da]"));
        assertEquals(NUMBER_PATH, phone.currentPath());
        assertEquals("da", phone.find("html").getAttribute("lang"), "the address alone says the language");
    }
}
