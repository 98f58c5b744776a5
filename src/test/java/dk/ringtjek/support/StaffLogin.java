package dk.ringtjek.support;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.arc.Arc;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import dk.ringtjek.account.AccountService;
import dk.ringtjek.account.StaffRole;

/**
 * Logs staff in through the real form login and fills in CSRF tokens the way a browser does, for
 * REST Assured tests.
 */
public final class StaffLogin {

    /** The local admin every test run gets (README, "Configuration"). */
    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "ringtjek-lokal-admin";
    public static final String SESSION_COOKIE = "quarkus-credential";
    public static final String CSRF = "csrf-token";
    /** The staff forms' second token, tied to the session (account.StaffFormToken). */
    public static final String STAFF_TOKEN = "staff-token";

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"" + CSRF + "\" value=\"([^\"]+)\"");
    private static final Pattern STAFF_FIELD = Pattern.compile("name=\"" + STAFF_TOKEN + "\" value=\"([^\"]+)\"");

    private StaffLogin() {
    }

    /** A logged-in session: its cookie and the CSRF tokens of the last form page it read. */
    public record Session(String cookie, String csrfCookie, String csrfField, String staffField) {

        /** A request carrying the session and the CSRF tokens in cookie and form, as a browser sends a form. */
        public RequestSpecification post() {
            RequestSpecification request = given().redirects().follow(false).cookie(SESSION_COOKIE, cookie)
                    .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                    .cookie(CSRF, csrfCookie).formParam(CSRF, csrfField);
            return staffField == null ? request : request.formParam(STAFF_TOKEN, staffField);
        }

        /** A request carrying only the session. */
        public RequestSpecification get() {
            return given().redirects().follow(false).cookie(SESSION_COOKIE, cookie);
        }

        /** Reads a form page, as a browser does before posting, and keeps its CSRF token. */
        public Session readForm(String path) {
            Response page = get().when().get(path);
            assertEquals(200, page.statusCode(), "the form page " + path + " is readable");
            Matcher field = CSRF_FIELD.matcher(page.asString());
            assertTrue(field.find(), "the form page carries a CSRF field");
            String tokenCookie = page.getCookie(CSRF) != null ? page.getCookie(CSRF) : csrfCookie;
            assertNotNull(tokenCookie, "the form page sets the CSRF cookie");
            Matcher staff = STAFF_FIELD.matcher(page.asString());
            return new Session(cookie, tokenCookie, field.group(1), staff.find() ? staff.group(1) : null);
        }
    }

    /** Posts the login form with the token of a login page just read; the answer is left to the test. */
    public static Response attempt(String username, String password, String clientAddress) {
        Csrf token = Csrf.from("/login");
        return given().redirects().follow(false).header("X-Forwarded-For", clientAddress)
                .cookie(CSRF, token.cookie()).formParam(CSRF, token.field())
                .formParam("j_username", username).formParam("j_password", password)
                .when().post("/j_security_check");
    }

    /** Posts the login form without a CSRF token, as another site's form would. */
    public static Response attemptWithoutToken(String username, String password, String clientAddress) {
        return given().redirects().follow(false).header("X-Forwarded-For", clientAddress)
                .formParam("j_username", username).formParam("j_password", password)
                .when().post("/j_security_check");
    }

    /** Logs in and returns the session; fails the test when the login does not work. */
    public static Session login(String username, String password) {
        Response response = attempt(username, password, "192.0.2.1");
        assertEquals(302, response.statusCode(), "the login is accepted");
        String cookie = response.getCookie(SESSION_COOKIE);
        assertNotNull(cookie, "the login sets the session cookie");
        return new Session(cookie, null, null, null);
    }

    public static Session admin() {
        return login(ADMIN, ADMIN_PASSWORD);
    }

    /** Creates an account for a test unless it exists already (tests share one database). */
    public static void ensureAccount(String username, String password, StaffRole... roles) {
        AccountService accounts = Arc.container().instance(AccountService.class).get();
        if (!accounts.exists(username)) {
            accounts.create(username, password, List.of(roles), "test");
        }
    }
}
