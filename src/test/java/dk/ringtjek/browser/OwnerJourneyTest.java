package dk.ringtjek.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;

import io.quarkus.test.junit.QuarkusTest;

import dk.ringtjek.support.Csrf;
import dk.ringtjek.support.GreenMailResource.InjectMail;
import dk.ringtjek.support.Mails;
import dk.ringtjek.support.Reports;
import dk.ringtjek.support.StaffLogin;

/**
 * Journey: an owner claims their number from its page, confirms the e-mail (read from the embedded SMTP
 * server), an editor approves, the owner sets a password, logs in, answers a report and pins a notice,
 * and the public page shows both.
 */
@QuarkusTest
class OwnerJourneyTest extends PhoneJourney {

    private static final String PAGE = "/nummer/27700601";
    private static final String EMAIL = "kundeservice@journey-601.example";
    private static final String COMPLAINT = "Ringede og bad om mit MitID, sagde de var fra Journey Energi.";
    private static final String ANSWER = "Vi beder aldrig om MitID i telefonen. Læg på og ring til os.";
    private static final String NOTICE = "Vores nummer bliver misbrugt: opkald om MitID er ikke fra os.";
    private static final String PASSWORD = "journey-ejer-adgangskode";

    @InjectMail
    GreenMail mail;

    @Test
    void shouldTakeAnOwnerFromTheClaimToTheirAnswerAndNoticeOnThePublicPage() {
        phone.driver().manage().deleteAllCookies();
        java.util.Map<String, String> complaint = new java.util.HashMap<>(
                Reports.report("NEGATIVE", "SCAM_PHISHING", COMPLAINT));
        complaint.put("calledTime", "14:05");
        Reports.post(PAGE, Csrf.from(PAGE), "10.7.6.1", complaint).statusCode(303);

        phone.open(base, PAGE);
        phone.clickAndWaitForNewPage(phone.find(".owner-claim-link a"));
        assertEquals(PAGE + "/ejer", phone.currentPath());
        phone.find("label[for=kind-ORGANISATION]").click();
        phone.find("#organisation").sendKeys("Journey Energi");
        phone.find("#contactName").sendKeys("Kim Kontakt");
        phone.find("#email").sendKeys(EMAIL);
        phone.find("#evidence").sendKeys("https://journey-energi.example/kontakt viser nummeret");
        phone.screenshot("owner-claim-form");
        PageChecks.checkLayout(phone);
        phone.clickAndWaitForNewPage(phone.find(".claim-form button[type=submit]"));
        assertEquals(PAGE + "/ejer/sendt", phone.currentPath());

        String confirm = Mails.linkPath(Mails.newestBodyTo(mail, EMAIL, 1), "/nummer/[^/\\s]+/ejer/bekraeft/[A-Za-z0-9_-]+");
        phone.open(base, confirm);
        assertTrue(phone.text(".flash").contains("din e-mail er bekræftet"), phone.text("main"));

        logIn("/redaktion/ejere", StaffLogin.ADMIN, StaffLogin.ADMIN_PASSWORD);
        assertTrue(phone.text("main").contains("Journey Energi"));
        phone.screenshot("owner-claim-queue");
        PageChecks.checkLayout(phone);
        phone.clickAndWaitForNewPage(phone.find(".owner-claim-item form[action$='/godkend'] button"));
        assertTrue(phone.text(".flash").contains("godkendt"));
        phone.clickAndWaitForNewPage(phone.find(".staff-nav form[action='/logout'] button"));

        String approval = Mails.newestBodyTo(mail, EMAIL, 2);
        Matcher user = Pattern.compile("(ejer-\\d+)").matcher(approval);
        assertTrue(user.find(), approval);
        phone.open(base, Mails.linkPath(approval, "/adgangskode/[A-Za-z0-9_-]+"));
        phone.find("#password").sendKeys(PASSWORD);
        phone.find("#repeat").sendKeys(PASSWORD);
        phone.clickAndWaitForNewPage(phone.find(".password-form button"));
        assertEquals("/login", phone.currentPath());

        logIn("/konto/ejer", user.group(1), PASSWORD);
        PageChecks.checkLayout(phone);
        phone.clickAndWaitForNewPage(phone.find(".owner-numbers a"));
        phone.find(".answer-form textarea").sendKeys(ANSWER);
        phone.clickAndWaitForNewPage(phone.find(".answer-form button"));
        assertTrue(phone.text(".flash").contains("Dit svar står nu under anmeldelsen."));
        phone.find("#notice-body").sendKeys(NOTICE);
        phone.find("label[for=spoofed]").click();
        phone.clickAndWaitForNewPage(phone.find(".notice-form button"));
        assertTrue(phone.text(".flash").contains("fastgjort"));

        phone.open(base, PAGE);
        assertEquals("Besked fra Journey Energi (verificeret ejer)", phone.text("#owner-notice-heading"));
        assertTrue(phone.text(".owner-notice").contains(NOTICE));
        assertTrue(phone.text(".reports .owner-answer").contains("Svar fra Journey Energi (verificeret ejer)"));
        assertTrue(phone.text(".reports .owner-answer").contains(ANSWER));
        assertTrue(phone.text(".reports").contains(COMPLAINT), "the report stays");
        assertTrue(phone.text(".reports .called-on").contains("kl. 14:05"), "the time of the call is shown");
        phone.screenshot("owner-public-page");
        PageChecks.checkLayout(phone);
        phone.driver().executeScript("arguments[0].scrollIntoView()", phone.find(".reports .report"));
        phone.screenshotOfScreen("owner-public-report");
    }
}
