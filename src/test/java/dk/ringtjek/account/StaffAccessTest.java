package dk.ringtjek.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;

import dk.ringtjek.support.Csrf;
import dk.ringtjek.support.StaffLogin;
import dk.ringtjek.support.StaffLogin.Session;

@QuarkusTest
class StaffAccessTest {

    private static final String MODERATOR = "access-moderator";
    private static final String EDITOR = "access-editor";
    private static final String PASSWORD = "access-test-password-1";

    @Inject
    AccountService accounts;

    @BeforeAll
    static void accounts() {
        StaffLogin.ensureAccount(MODERATOR, PASSWORD, StaffRole.MODERATOR);
        StaffLogin.ensureAccount(EDITOR, PASSWORD, StaffRole.EDITOR);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/konto", "/admin/accounts", "/admin", "/redaktion", "/redaktion/nummer/70114040",
            "/moderation", "/moderation/anything"})
    void shouldSendPagesWithoutASessionToTheLoginPage(String page) {
        given().redirects().follow(false).when().get(page)
                .then().statusCode(302).header("Location", endsWith("/login"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/admin/accounts", "/admin/accounts/1/disable", "/admin/accounts/1/enable",
            "/admin/accounts/1/password", "/redaktion/nummer/70114040", "/moderation/anything"})
    void shouldRefuseActionsWithoutASessionWith401(String action) {
        given().redirects().follow(false).formParam("x", "y").when().post(action)
                .then().statusCode(401);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/admin/accounts", "/moderation"})
    void shouldRefuseAnEditorOutsideTheEditorialPagesWith403(String page) {
        StaffLogin.login(EDITOR, PASSWORD).get().when().get(page).then().statusCode(403);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/admin/accounts", "/redaktion/nummer/70114040"})
    void shouldRefuseAModeratorOutsideModerationWith403(String page) {
        StaffLogin.login(MODERATOR, PASSWORD).get().when().get(page).then().statusCode(403);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/admin/accounts", "/admin/accounts/1/disable", "/admin/accounts/1/password"})
    void shouldRefuseAdminActionsForAnEditorWith403(String action) {
        Session editor = StaffLogin.login(EDITOR, PASSWORD).readForm("/konto");
        editor.post().formParam("password", "whatever-long-enough").when().post(action).then().statusCode(403);
    }

    @Test
    void shouldRefuseEditorActionsForAModeratorWith403() {
        Session moderator = StaffLogin.login(MODERATOR, PASSWORD).readForm("/konto");
        moderator.post().formParam("ownerName", "x").when().post("/redaktion/nummer/70114040")
                .then().statusCode(403);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/admin/accounts", "/admin/accounts/1/enable", "/logout"})
    void shouldRefuseAPostWithoutTheCsrfToken(String action) {
        Session admin = StaffLogin.admin();
        given().redirects().follow(false).cookie(StaffLogin.SESSION_COOKIE, admin.cookie())
                .formParam("username", "nobody").when().post(action)
                .then().statusCode(is(oneOf(400, 403)));
    }

    @Test
    void shouldRefuseAPostWithAForgedCsrfToken() {
        Session admin = StaffLogin.admin().readForm("/admin/accounts");
        given().redirects().follow(false).cookie(StaffLogin.SESSION_COOKIE, admin.cookie())
                .cookie(StaffLogin.CSRF, admin.csrfCookie()).formParam(StaffLogin.CSRF, "forged")
                .formParam("username", "nobody").when().post("/admin/accounts")
                .then().statusCode(is(oneOf(400, 403)));
    }

    @Test
    void shouldRefuseAnAnonymousVisitorsCsrfPairWithAnAdminSession() {
        Session admin = StaffLogin.admin();
        Csrf visitors = Csrf.from("/nummer/70114040");
        given().redirects().follow(false).cookie(StaffLogin.SESSION_COOKIE, admin.cookie())
                .cookie(StaffLogin.CSRF, visitors.cookie()).formParam(StaffLogin.CSRF, visitors.field())
                .formParam("username", "planted-by-a-visitor").formParam("password", "long-enough-password")
                .formParam("roles", "admin")
                .when().post("/admin/accounts")
                .then().statusCode(is(oneOf(400, 403)));
        assertFalse(accounts.exists("planted-by-a-visitor"), "nothing was created");

        given().redirects().follow(false).cookie(StaffLogin.SESSION_COOKIE, admin.cookie())
                .cookie(StaffLogin.CSRF, visitors.cookie()).formParam(StaffLogin.CSRF, visitors.field())
                .when().post("/logout").then().statusCode(is(oneOf(400, 403)));
        admin.get().when().get("/konto").then().statusCode(200);
    }

    @Test
    void shouldRefuseAnotherStaffMembersTokensWithAnAdminSession() {
        Session admin = StaffLogin.admin();
        Session moderator = StaffLogin.login(MODERATOR, PASSWORD).readForm("/konto");
        new Session(admin.cookie(), moderator.csrfCookie(), moderator.csrfField(), moderator.staffField()).post()
                .formParam("username", "planted-by-a-moderator").formParam("password", "long-enough-password")
                .formParam("roles", "admin")
                .when().post("/admin/accounts")
                .then().statusCode(403);
        assertFalse(accounts.exists("planted-by-a-moderator"));
    }

    @Test
    void shouldAcceptTheAdminsOwnTokens() {
        Session admin = StaffLogin.admin().readForm("/admin/accounts");
        admin.post().formParam("username", "made-with-own-token").formParam("password", "long-enough-password")
                .formParam("roles", "moderator")
                .when().post("/admin/accounts")
                .then().statusCode(303);
        assertTrue(accounts.exists("made-with-own-token"));
    }

    @Test
    void shouldLandOnTheStaffPageAfterLoggingIn() {
        StaffLogin.admin().get().when().get("/konto")
                .then().statusCode(200)
                .body(containsString("Velkommen, admin"))
                .body(containsString("href=\"/admin/accounts\""))
                .body(containsString("action=\"/logout\""));
    }
}
