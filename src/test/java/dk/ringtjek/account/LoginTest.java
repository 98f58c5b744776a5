package dk.ringtjek.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smallrye.mutiny.Uni;

import dk.ringtjek.abuse.AbuseClock;
import dk.ringtjek.support.Csrf;
import dk.ringtjek.support.StaffLogin;
import dk.ringtjek.support.StaffLogin.Session;

@QuarkusTest
class LoginTest {

    private static final String USER = "login-user";
    private static final String THROTTLED_USER = "throttled-user";
    private static final String DISABLED_USER = "disabled-user";
    private static final String PAIR_USER = "pair-throttled-user";
    private static final String GUESSED_USER = "guessed-user";
    private static final String SPREAD_USER = "spread-guessed-user";
    private static final String PASSWORD = "login-test-password";
    private static final String WRONG_PASSWORD = "not-the-password";
    private static final String FAILED_LOGIN = "/login?error=true";
    private static final Duration WINDOW = Duration.ofMinutes(15);

    @Inject
    AccountService accounts;

    @BeforeAll
    static void accounts() {
        StaffLogin.ensureAccount(USER, PASSWORD, StaffRole.MODERATOR);
        StaffLogin.ensureAccount(THROTTLED_USER, PASSWORD, StaffRole.EDITOR);
        StaffLogin.ensureAccount(DISABLED_USER, PASSWORD, StaffRole.EDITOR);
        StaffLogin.ensureAccount(PAIR_USER, PASSWORD, StaffRole.EDITOR);
        StaffLogin.ensureAccount(GUESSED_USER, PASSWORD, StaffRole.EDITOR);
        StaffLogin.ensureAccount(SPREAD_USER, PASSWORD, StaffRole.EDITOR);
    }

    @Test
    void shouldShowTheLoginPageInOurLayout() {
        given().when().get("/login")
                .then().statusCode(200)
                .header("Cache-Control", containsString("no-store"))
                .body(containsString("action=\"/j_security_check\""))
                .body(containsString("name=\"j_username\""))
                .body(containsString("Log ind for redaktion og moderatorer"))
                .body(containsString("href=\"/css/site.css\""));
    }

    @Test
    void shouldRefuseALoginWithoutTheFormsCsrfToken() {
        Response response = StaffLogin.attemptWithoutToken(USER, PASSWORD, "198.51.100.50");
        response.then().statusCode(403)
                .body(containsString("Formularen var udløbet eller kom fra en anden side."))
                .body(containsString("action=\"/j_security_check\""));
        assertNull(response.getCookie(StaffLogin.SESSION_COOKIE), "no session");
    }

    @Test
    void shouldRefuseALoginWhoseCsrfFieldIsNotItsCookie() {
        Csrf token = Csrf.from("/login");
        Response response = given().redirects().follow(false).header("X-Forwarded-For", "198.51.100.51")
                .cookie(StaffLogin.CSRF, token.cookie()).formParam(StaffLogin.CSRF, "another-sites-token")
                .formParam("j_username", USER).formParam("j_password", PASSWORD)
                .when().post("/j_security_check");
        response.then().statusCode(403);
        assertNull(response.getCookie(StaffLogin.SESSION_COOKIE));
    }

    @Test
    void shouldPutTheCsrfTokenInTheLoginForm() {
        Csrf token = Csrf.from("/login");
        assertEquals(token.cookie(), token.field(), "the double-submit pair of the login form");
    }

    @Test
    void shouldMarkTheSessionCookieHttpOnlyAndSameSite() {
        Response response = StaffLogin.attempt(USER, PASSWORD, "198.51.100.1");
        String setCookie = response.headers().getValues("Set-Cookie").stream()
                .filter(header -> header.startsWith(StaffLogin.SESSION_COOKIE + "=")).findFirst().orElseThrow();
        assertTrue(setCookie.toLowerCase(Locale.ROOT).contains("; httponly"), setCookie);
        assertTrue(setCookie.toLowerCase(Locale.ROOT).contains("; samesite=strict"), setCookie);
    }

    @Test
    void shouldLogInAndOut() {
        Session session = StaffLogin.login(USER, PASSWORD).readForm("/konto");
        String cleared = session.post().when().post("/logout")
                .then().statusCode(303).header("Location", endsWith("/login?loggedOut=true"))
                .extract().cookie(StaffLogin.SESSION_COOKIE);
        assertEquals("", cleared, "logout clears the session cookie");
        given().when().get("/login?loggedOut=true").then().body(containsString("Du er logget ud."));
    }

    @Test
    void shouldGiveTheSameAnswerForAWrongPasswordAndAnUnknownAccount() {
        Response wrongPassword = StaffLogin.attempt(USER, WRONG_PASSWORD, "198.51.100.2");
        Response unknownAccount = StaffLogin.attempt("nobody-at-all", WRONG_PASSWORD, "198.51.100.3");
        for (Response response : new Response[] {wrongPassword, unknownAccount}) {
            response.then().statusCode(302).header("Location", endsWith(FAILED_LOGIN));
            assertNull(response.getCookie(StaffLogin.SESSION_COOKIE));
        }
        given().when().get(FAILED_LOGIN).then().body(containsString("Forkert brugernavn eller adgangskode."));
    }

    @Test
    void shouldAcceptTheUsernameInAnyCase() {
        StaffLogin.attempt("Login-User", PASSWORD, "198.51.100.4")
                .then().statusCode(302).header("Location", not(endsWith(FAILED_LOGIN)));
    }

    @Test
    void shouldLetTheOwnerInFromTheirClientAfterFiveFailuresFromAnotherClient() {
        RecordingPause pause = new RecordingPause();
        QuarkusMock.installMockForType(pause, LoginPause.class);
        String attacker = "198.51.100.20";
        for (int i = 0; i < 5; i++) {
            StaffLogin.attempt(THROTTLED_USER, WRONG_PASSWORD, attacker)
                    .then().statusCode(302).header("Location", endsWith(FAILED_LOGIN));
        }
        StaffLogin.attempt(THROTTLED_USER, PASSWORD, attacker).then().statusCode(429);

        StaffLogin.attempt(THROTTLED_USER, PASSWORD, "198.51.100.30")
                .then().statusCode(302).header("Location", not(endsWith(FAILED_LOGIN)));
        assertEquals(Duration.ofSeconds(1), pause.delays.get(pause.delays.size() - 1), "slowed down, not locked");
    }

    @Test
    void shouldRefuseOneClientAfterFiveFailuresOnAnAccountEvenWithTheRightPasswordUntilTheWindowHasPassed() {
        String client = "198.51.100.31";
        for (int i = 0; i < 5; i++) {
            StaffLogin.attempt(PAIR_USER, WRONG_PASSWORD, client).then().statusCode(302);
        }
        StaffLogin.attempt(PAIR_USER, PASSWORD, client)
                .then().statusCode(429)
                .header("Retry-After", Integer::parseInt, greaterThan(0))
                .body(containsString("For mange mislykkede forsøg"))
                .body(containsString("action=\"/j_security_check\""));

        QuarkusMock.installMockForType(new ShiftedClock(WINDOW), AbuseClock.class);
        StaffLogin.attempt(PAIR_USER, PASSWORD, client)
                .then().statusCode(302).header("Location", not(endsWith(FAILED_LOGIN)));
    }

    @Test
    void shouldRefuseTwentyFailuresFromOneClientOnOneAccount() {
        String client = "198.51.100.32";
        int refused = 0;
        for (int i = 0; i < 20; i++) {
            int status = StaffLogin.attempt(GUESSED_USER, WRONG_PASSWORD, client).statusCode();
            refused += status == 429 ? 1 : 0;
        }
        assertEquals(15, refused, "after 5 failures the client is refused");
        StaffLogin.attempt(GUESSED_USER, PASSWORD, client).then().statusCode(429);
    }

    @Test
    void shouldSlowDownButNeverLockAnAccountGuessedFromManyClients() {
        RecordingPause pause = new RecordingPause();
        QuarkusMock.installMockForType(pause, LoginPause.class);
        for (int i = 0; i < 30; i++) {
            StaffLogin.attempt(SPREAD_USER, WRONG_PASSWORD, "203.0.113." + (110 + i))
                    .then().statusCode(302).header("Location", endsWith(FAILED_LOGIN));
        }
        assertEquals(Duration.ZERO, pause.delays.get(4), "the first five attempts are not slowed down");
        assertEquals(Duration.ofSeconds(1), pause.delays.get(5));
        assertEquals(Duration.ofSeconds(2), pause.delays.get(6));
        assertEquals(Duration.ofSeconds(10), pause.delays.get(29), "slow, and no slower than the maximum");

        StaffLogin.attempt(SPREAD_USER, PASSWORD, "198.51.100.33")
                .then().statusCode(302).header("Location", not(endsWith(FAILED_LOGIN)));
        assertEquals(Duration.ofSeconds(10), pause.delays.get(30), "the owner waits too, and gets in");
    }

    @Test
    void shouldRefuseAClientAfterTwentyFailuresWhicheverAccountItTries() {
        String client = "203.0.113.99";
        for (int i = 0; i < 20; i++) {
            StaffLogin.attempt("guess-" + i, WRONG_PASSWORD, client).then().statusCode(302);
        }
        StaffLogin.attempt(USER, PASSWORD, client).then().statusCode(429);
        StaffLogin.attempt(USER, PASSWORD, "203.0.113.100")
                .then().statusCode(302).header("Location", not(endsWith(FAILED_LOGIN)));
    }

    @Test
    void shouldNotLetADisabledAccountLogInAndEndItsSessions() {
        Session session = StaffLogin.login(DISABLED_USER, PASSWORD);
        long id = QuarkusTransaction.requiringNew().call(
                () -> StaffAccount.findByUsername(DISABLED_USER).orElseThrow().id);
        accounts.setEnabled(id, false);
        try {
            StaffLogin.attempt(DISABLED_USER, PASSWORD, "198.51.100.40")
                    .then().statusCode(302).header("Location", endsWith(FAILED_LOGIN));
            session.get().when().get("/redaktion")
                    .then().statusCode(302).header("Location", endsWith("/login"));
        } finally {
            accounts.setEnabled(id, true);
        }
        StaffLogin.login(DISABLED_USER, PASSWORD);
    }

    /** Records the delays asked for instead of waiting them out. */
    static class RecordingPause extends LoginPause {

        final List<Duration> delays = new CopyOnWriteArrayList<>();

        RecordingPause() {
            super(null);
        }

        @Override
        public Uni<Void> pause(Duration delay) {
            delays.add(delay);
            return Uni.createFrom().voidItem();
        }
    }

    /** The rate limiters' clock, a given time ahead of the real one. */
    static class ShiftedClock extends AbuseClock {

        private final long shift;

        ShiftedClock(Duration shift) {
            this.shift = shift.toNanos();
        }

        @Override
        public long nanoTime() {
            return super.nanoTime() + shift;
        }

        @Override
        public long millis() {
            return super.millis() + shift / 1_000_000;
        }
    }
}
