package dk.ringtjek.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import io.quarkus.test.junit.QuarkusTest;


/** Journey 2: a visitor posts a complaint, sees it counted, then forgets a field and gets the form back. */
@QuarkusTest
class ReportJourneyTest extends PhoneJourney {

    private static final String NUMBER_PATH = "/nummer/27700201";
    private static final String VISITOR = "10.7.2.1";
    private static final String COMPLAINT = "Ringede tre gange i dag og ville sælge et abonnement jeg ikke har bedt om.";
    private static final String SECOND_COMMENT = "Ringede igen i aften, samme sælger.";
    private static final String CATEGORY_ERROR = "Vælg hvad opkaldet handlede om.";

    @Test
    void shouldShowAPostedComplaintWithNewCountsAndThenKeepTheTextWhenAFieldIsMissing() {
        phone.actAsClient(VISITOR);
        phone.open(base, NUMBER_PATH);
        assertEquals("Ingen har fortalt om dette nummer endnu", phone.text("#empty-heading"));
        assertTrue(phone.findAll(".crowd .score").isEmpty(), "a number without reports has no score");
        phone.clickAndWaitForNewPage(phone.find(".share a[role=button]"));
        assertEquals(NUMBER_PATH + "/anmeld", phone.currentPath());
        phone.screenshot("journey2-report-form");

        phone.find("label[for=rating-NEGATIVE]").click();
        new Select(phone.find("#category")).selectByValue("UNLAWFUL_SALES");
        phone.find("#comment").sendKeys(COMPLAINT);
        phone.clickAndWaitForNewPage(phone.find(".report-form button[type=submit]"));

        assertTrue(phone.currentPath().matches(NUMBER_PATH + "/anmeldelser/\\d+/tak"), phone.currentPath());
        assertEquals("Din anmeldelse er offentliggjort.", phone.text(".thanks .flash"));
        assertTrue(phone.text(".thanks .report .comment").contains(COMPLAINT), phone.text(".thanks"));
        phone.screenshot("journey2-report-thanks");

        phone.open(base, NUMBER_PATH);
        assertEquals("Alle anmeldelser (1)", phone.text("#reports-heading"));
        assertTrue(phone.text(".reports .report .comment").contains(COMPLAINT), phone.text(".reports"));
        assertEquals("/100", phone.text(".crowd .score-scale"));
        assertTrue(phone.text(".glance .glance-score").contains("/100"), phone.text(".glance"));
        phone.screenshot("journey2-report-posted");

        phone.open(base, NUMBER_PATH + "/anmeld");
        phone.find("label[for=rating-NEGATIVE]").click();
        phone.find("#comment").sendKeys(SECOND_COMMENT);
        phone.clickAndWaitForNewPage(phone.find(".report-form button[type=submit]"));

        WebElement category = phone.find("#category");
        WebElement error = phone.find("#category-error");
        assertEquals(CATEGORY_ERROR, error.getText());
        assertEquals("category-error", category.getAttribute("aria-describedby"));
        assertEquals("true", category.getAttribute("aria-invalid"));
        assertEquals(error, phone.find("#category + .field-error"), "the error follows the field it is about");
        assertTrue(error.isDisplayed());
        int gap = error.getRect().getY() - (category.getRect().getY() + category.getRect().getHeight());
        assertTrue(gap >= 0 && gap < 40, "the error sits right under the field, gap " + gap + "px");
        assertTrue(phone.isOnScreen(error), "the phone shows the form with the error, not the top of the page");
        assertEquals(SECOND_COMMENT, phone.find("#comment").getDomProperty("value"));
        assertTrue(phone.find("#rating-NEGATIVE").isSelected(), "the chosen rating is kept");
        phone.screenshotOfScreen("journey2-report-missing-category");

        phone.open(base, NUMBER_PATH);
        assertEquals("Alle anmeldelser (1)", phone.text("#reports-heading"));
    }
}
