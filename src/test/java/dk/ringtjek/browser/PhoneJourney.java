package dk.ringtjek.browser;

import java.net.URL;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;

import io.quarkus.test.common.http.TestHTTPResource;

import dk.ringtjek.browser.Browser.Viewport;

/**
 * What every browser journey class shares: one phone-sized Chromium per class, started on the first
 * test (so that a missing browser skips each test with its reason) and closed after the last one.
 */
abstract class PhoneJourney {

    protected static Browser phone;

    @TestHTTPResource("/")
    protected URL base;

    @BeforeEach
    void startBrowser() {
        phone = Browser.startOnce(phone, Viewport.PHONE);
    }

    /** Opens a staff page as a stranger, is sent to the login, and logs in through its form. */
    protected void logIn(String page, String username, String password) {
        phone.open(base, page);
        org.junit.jupiter.api.Assertions.assertEquals("/login", phone.currentPath(),
                "a staff page sends a visitor to the login");
        phone.find("#j_username").sendKeys(username);
        phone.find("#j_password").sendKeys(password);
        phone.clickAndWaitForNewPage(phone.find("form[action='/j_security_check'] button"));
    }

    @AfterAll
    static void stopBrowser() {
        Browser.close(phone);
        phone = null; // the next class starts its own
    }
}
