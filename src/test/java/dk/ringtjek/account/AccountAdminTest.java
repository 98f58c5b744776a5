package dk.ringtjek.account;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import dk.ringtjek.support.StaffLogin;
import dk.ringtjek.support.StaffLogin.Session;

@QuarkusTest
class AccountAdminTest {

    private static final String ACCOUNTS = "/admin/accounts";
    private static final String NEW_EDITOR = "new-editor";
    private static final String MANAGED = "managed-moderator";
    private static final String PASSWORD = "first-password-123";
    private static final String NEW_PASSWORD = "second-password-456";

    @BeforeAll
    static void accounts() {
        StaffLogin.ensureAccount(MANAGED, PASSWORD, StaffRole.MODERATOR);
    }

    @Test
    void shouldCreateAnEditorWhoCanLogInAndEdit() {
        Session admin = StaffLogin.admin().readForm(ACCOUNTS);
        String flash = admin.post().formParam("username", "New-Editor").formParam("password", PASSWORD)
                .formParam("roles", "editor").when().post(ACCOUNTS)
                .then().statusCode(303).header("Location", endsWith(ACCOUNTS))
                .extract().cookie("flash");

        admin.get().cookie("flash", flash).when().get(ACCOUNTS)
                .then().statusCode(200)
                .body(containsString("Kontoen new-editor er oprettet."))
                .body(containsString("id=\"account-new-editor\""));
        Session editor = StaffLogin.login(NEW_EDITOR, PASSWORD);
        editor.get().when().get("/redaktion").then().statusCode(200);
        editor.get().when().get(ACCOUNTS).then().statusCode(403);
    }

    @Test
    void shouldShowTheFormAgainWithMessagesWhenTheNewAccountIsInvalid() {
        Session admin = StaffLogin.admin().readForm(ACCOUNTS);
        admin.post().formParam("username", "Not Valid!").formParam("password", "short")
                .when().post(ACCOUNTS)
                .then().statusCode(400)
                .body(containsString("Brug 3-60 tegn"))
                .body(containsString("Adgangskoden skal have mindst 12 tegn"))
                .body(containsString("Vælg mindst én rolle."))
                .body(containsString("value=\"not valid!\""))
                .body(not(containsString("value=\"short\"")));
        admin.post().formParam("username", StaffLogin.ADMIN).formParam("password", PASSWORD)
                .formParam("roles", "moderator").when().post(ACCOUNTS)
                .then().statusCode(400).body(containsString("Brugernavnet er allerede i brug."));
        assertFalse(QuarkusTransaction.requiringNew().call(() -> StaffAccount.findByUsername("not valid!").isPresent()));
    }

    @Test
    void shouldDisableAndReEnableAnAccount() {
        Session admin = StaffLogin.admin().readForm(ACCOUNTS);
        long id = idOf(MANAGED);
        admin.post().when().post(ACCOUNTS + "/" + id + "/disable").then().statusCode(303);
        StaffLogin.attempt(MANAGED, PASSWORD, "198.51.100.60")
                .then().statusCode(302).header("Location", endsWith("/login?error=true"));

        admin.post().when().post(ACCOUNTS + "/" + id + "/enable").then().statusCode(303);
        StaffLogin.login(MANAGED, PASSWORD);
    }

    @Test
    void shouldResetAPassword() {
        String user = "reset-moderator";
        StaffLogin.ensureAccount(user, PASSWORD, StaffRole.MODERATOR);
        Session admin = StaffLogin.admin().readForm(ACCOUNTS);
        long id = idOf(user);
        admin.post().formParam("password", "short").when().post(ACCOUNTS + "/" + id + "/password")
                .then().statusCode(400).body(containsString("id=\"password-" + id + "-error\""));
        admin.post().formParam("password", NEW_PASSWORD).when().post(ACCOUNTS + "/" + id + "/password")
                .then().statusCode(303);

        StaffLogin.login(user, NEW_PASSWORD);
        StaffLogin.attempt(user, PASSWORD, "198.51.100.61")
                .then().statusCode(302).header("Location", endsWith("/login?error=true"));
    }

    @Test
    void shouldNotLetAnAdminDisableTheirOwnAccount() {
        Session admin = StaffLogin.admin().readForm(ACCOUNTS);
        admin.post().when().post(ACCOUNTS + "/" + idOf(StaffLogin.ADMIN) + "/disable").then().statusCode(303);
        assertTrue(QuarkusTransaction.requiringNew().call(
                () -> StaffAccount.findByUsername(StaffLogin.ADMIN).orElseThrow().enabled));
    }

    private static long idOf(String username) {
        return QuarkusTransaction.requiringNew().call(() -> StaffAccount.findByUsername(username).orElseThrow().id);
    }
}
