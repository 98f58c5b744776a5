package dk.ringtjek.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import io.quarkus.test.junit.QuarkusTest;

import dk.ringtjek.support.StaffLogin;

/**
 * The wrongly hidden: a visitor's report is hidden by a moderator, the visitor appeals from their
 * thank-you page (a first empty try keeps the page and says what is missing), and a moderator who sees
 * the report beside the appeal restores it; the public log tells the outcome.
 */
@QuarkusTest
class AppealJourneyTest extends PhoneJourney {

    private static final String NUMBER_PATH = "/nummer/27700501";
    private static final String AUTHOR = "10.7.9.1";
    private static final String COMPLAINT = "Sælgeren sagde selv, han ringede fra Ole Olsens Vinduer, og ville ikke tage et nej.";
    private static final String STATEMENT = "Navnet er firmaets eget, sælgeren sagde det selv i telefonen.";

    @Test
    void shouldLetTheAuthorAppealAHiddenReportAndAModeratorRestoreIt() {
        phone.driver().manage().deleteAllCookies();
        phone.actAsClient(AUTHOR);
        phone.open(base, NUMBER_PATH + "/anmeld");
        phone.find("label[for=rating-NEGATIVE]").click();
        new Select(phone.find("#category")).selectByValue("SALES");
        phone.find("#comment").sendKeys(COMPLAINT);
        phone.clickAndWaitForNewPage(phone.find(".report-form button[type=submit]"));
        String thanks = phone.currentPath();
        assertTrue(thanks.matches(NUMBER_PATH + "/anmeldelser/\\d+/tak"), thanks);
        long report = Long.parseLong(thanks.replaceAll(".*/anmeldelser/(\\d+)/tak", "$1"));

        StaffLogin.admin().readForm("/moderation").post().formParam("reason", "PERSONAL_DATA")
                .post("/moderation/reports/" + report + "/hide").then().statusCode(303);

        phone.open(base, thanks);
        phone.clickAndWaitForNewPage(phone.find(".thanks a[href$='/klage']"));
        assertEquals(NUMBER_PATH + "/anmeldelser/" + report + "/klage", phone.currentPath());
        PageChecks.checkShownPage(phone, "appeal-form");
        phone.clickAndWaitForNewPage(phone.find(".appeal-form button"));
        assertEquals("Skriv kort, hvorfor anmeldelsen bør vises (højst 1000 tegn).", phone.text("#statement-error"));
        phone.find("#statement").sendKeys(STATEMENT);
        phone.clickAndWaitForNewPage(phone.find(".appeal-form button"));
        assertTrue(phone.text(".appeal .flash").contains("En moderator ser på din klage"), phone.text("main"));
        phone.screenshot("appeal-sent");

        phone.driver().manage().deleteAllCookies();
        logIn("/moderation/klager", StaffLogin.ADMIN, StaffLogin.ADMIN_PASSWORD);
        WebElement item = phone.findAll(".appeal-item").stream().filter(e -> e.getText().contains(STATEMENT))
                .findFirst().orElseThrow(() -> new AssertionError("the appeal is in the queue"));
        assertTrue(item.getText().contains(COMPLAINT), "the report is shown beside the appeal");
        assertTrue(item.getText().contains("Anmeldelsen: skjult (Personlige oplysninger)"), item.getText());
        PageChecks.checkLayout(phone);
        phone.screenshot("appeal-queue");
        new Select(item.findElement(By.cssSelector("select[name=outcome]"))).selectByValue("uphold");
        new Select(item.findElement(By.cssSelector("select[name=reason]"))).selectByValue("MISTAKE");
        phone.clickAndWaitForNewPage(item.findElement(By.cssSelector("button[type=submit]")));
        assertEquals("/moderation/klager", phone.currentPath());

        phone.open(base, NUMBER_PATH);
        assertTrue(phone.text(".reports").contains(COMPLAINT), "restored on the public page");
        phone.open(base, NUMBER_PATH + "/moderation");
        assertTrue(phone.text("main").contains("Klage imødekommet"), phone.text("main"));
    }
}
