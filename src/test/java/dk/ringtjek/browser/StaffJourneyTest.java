package dk.ringtjek.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;


import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import io.quarkus.test.junit.QuarkusTest;

import dk.ringtjek.account.StaffRole;
import dk.ringtjek.support.Csrf;
import dk.ringtjek.support.Reports;
import dk.ringtjek.support.StaffLogin;

/**
 * Journeys 4 and 5: a moderator hides a flagged post from the queue and restores it; an editor
 * corrects the official information of a number. Both log in through the real login page.
 */
@QuarkusTest
class StaffJourneyTest extends PhoneJourney {

    private static final String MODERATOR = "journey-moderator";
    private static final String EDITOR = "journey-editor";
    private static final String PASSWORD = "journey-password-123";
    private static final String FLAGGED_PAGE = "/nummer/27700401";
    private static final String FLAGGED_TEXT = "Sælgeren hed Jens Hansen og bor på Strandvejen 12";
    private static final String EDITED_PAGE = "/nummer/27700402";
    private static final String OTHER_PAGE = "/nummer/27700403";
    private static final String OTHER_TEXT = "En anden sag: ringede igen om et abonnement jeg ikke ville have";

    @BeforeEach
    void startAsAStranger() {
        phone.driver().manage().deleteAllCookies();
    }

    @Test
    void shouldLetAModeratorHideAndRestoreAPostFromTheQueue() {
        StaffLogin.ensureAccount(MODERATOR, PASSWORD, StaffRole.MODERATOR);
        // another flagged post first, so that ours is below the first screen, as in a real queue
        flag(OTHER_PAGE, OTHER_TEXT, "10.7.4.102", "10.7.4.103", "SPAM");
        flag(FLAGGED_PAGE, FLAGGED_TEXT, "10.7.4.100", "10.7.4.101", "PERSONAL_DATA");

        logIn("/moderation", MODERATOR, PASSWORD);
        assertEquals("/moderation", phone.currentPath());
        // a page wider than the phone is zoomed out, and a tap lands elsewhere (the staff links did once)
        PageChecks.checkLayout(phone);
        WebElement item = queueItemWith(FLAGGED_TEXT);
        assertTrue(item.getText().contains("Personlige oplysninger"), "the flag's reason is shown");
        new Select(item.findElement(org.openqa.selenium.By.cssSelector("form[action$='/hide'] select")))
                .selectByValue("PERSONAL_DATA");
        phone.screenshot("journey4-moderation-queue");
        phone.clickAndWaitForNewPage(item.findElement(org.openqa.selenium.By.cssSelector(
                "form[action$='/hide'] button")));

        phone.open(base, FLAGGED_PAGE);
        assertTrue(phone.text(".reports").contains("Skjult af en moderator: personlige oplysninger."));
        assertFalse(phone.driver().getPageSource().contains("Strandvejen"), "the hidden text is gone from the page");
        phone.screenshot("journey4-hidden-stub");

        phone.open(base, "/moderation");
        WebElement hidden = phone.find("#h" + reportId());
        phone.clickAndWaitForNewPage(hidden.findElement(org.openqa.selenium.By.cssSelector("button")));
        phone.open(base, FLAGGED_PAGE);
        assertTrue(phone.text(".reports").contains(FLAGGED_TEXT), "restored");
    }

    @Test
    void shouldShowAnEditorsCorrectionOfTheOfficialInformation() {
        StaffLogin.ensureAccount(EDITOR, PASSWORD, StaffRole.EDITOR);
        logIn("/redaktion/nummer/27700402", EDITOR, PASSWORD);
        assertEquals("/redaktion/nummer/27700402", phone.currentPath());

        fill("ownerName", "Eksempel Forsikring A/S");
        fill("summary", "Kundeservice hos Eksempel Forsikring. Ringer om skader og policer.");
        phone.clickAndWaitForNewPage(phone.find(".editor-form button[type=submit]"));
        phone.open(base, EDITED_PAGE);
        assertTrue(phone.text(".official").contains("Ringer om skader og policer."));

        phone.open(base, "/redaktion/nummer/27700402");
        fill("summary", "Kundeservice hos Eksempel Forsikring. Ringer om skader, policer og fornyelser.");
        phone.clickAndWaitForNewPage(phone.find(".editor-form button[type=submit]"));
        phone.screenshot("journey5-editor-saved");

        phone.open(base, EDITED_PAGE);
        String official = phone.text(".official");
        assertTrue(official.contains("Eksempel Forsikring A/S"));
        assertTrue(official.contains("Ringer om skader, policer og fornyelser."), "the correction is public");
        phone.screenshot("journey5-public-page");
    }

    private void fill(String id, String text) {
        WebElement field = phone.find("#" + id);
        field.clear();
        field.sendKeys(text);
    }

    private WebElement queueItemWith(String text) {
        return phone.findAll(".queue-item").stream().filter(item -> item.getText().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("the flagged post is in the queue"));
    }

    /** A report on the page from {@code author}'s address, flagged from {@code flagger}'s for the reason. */
    private static void flag(String page, String text, String author, String flagger, String reason) {
        Reports.post(page, Csrf.from(page), author, Reports.report("NEGATIVE", "SALES", text)).statusCode(303);
        String flagPath = page + "/anmeldelser/" + reportId(text) + "/rapporter";
        Csrf.from(flagPath).request().header("X-Forwarded-For", flagger).formParam("reason", reason)
                .post(flagPath).then().statusCode(303);
    }

    private static long reportId() {
        return reportId(FLAGGED_TEXT);
    }

    private static long reportId(String text) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                ((dk.ringtjek.report.Report) dk.ringtjek.report.Report.find("comment", text).firstResult()).id);
    }
}
