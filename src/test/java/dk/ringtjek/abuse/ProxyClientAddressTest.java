package dk.ringtjek.abuse;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

import dk.ringtjek.account.StaffRole;
import dk.ringtjek.report.Report;
import dk.ringtjek.support.Allowances;
import dk.ringtjek.support.Csrf;
import dk.ringtjek.support.ProductionSettingsProfile;
import dk.ringtjek.support.Reports;
import dk.ringtjek.support.StaffLogin;

/**
 * Behind the production proxy (loopback is the trusted proxy here), the client is the rightmost hop of
 * X-Forwarded-For that is not a proxy: whatever a client writes into the header itself comes first and
 * is never believed. The scheme still comes from the proxy, for the Secure session cookie.
 */
@QuarkusTest
@TestProfile(ProductionSettingsProfile.class)
class ProxyClientAddressTest {

    /** The address the proxy saw and appended: one real client. */
    private static final String REAL_CLIENT = "198.51.100.77";
    private static final int REPORTS_PER_WINDOW = 5;
    private static final int ATTEMPTS = 7;

    @Test
    void shouldKeyAClientByTheAddressTheProxySawWhateverFirstHopItForges() {
        Allowances.freeze();
        int saved = 0;
        int refused = 0;
        for (int i = 0; i < ATTEMPTS; i++) {
            String page = "/nummer/7081" + (5000 + i);
            String forgedChain = "203.0.113." + (10 + i) + ", " + REAL_CLIENT;
            int status = Reports.post(page, Csrf.from(page), forgedChain,
                    Reports.report("NEGATIVE", "SALES", "forfalsket hop " + i)).extract().statusCode();
            if (status == 303) {
                saved++;
            } else if (status == 429) {
                refused++;
            }
        }
        assertEquals(REPORTS_PER_WINDOW, saved, "production's limit of 5 reports per 10 minutes holds");
        assertEquals(ATTEMPTS - REPORTS_PER_WINDOW, refused);
        assertEquals(REPORTS_PER_WINDOW, (long) QuarkusTransaction.requiringNew().call(() -> Report
                .count("comment like ?1", "forfalsket hop %")));
        // a client that never forged anything is someone else, and the 429 tells when to come back
        String page = "/nummer/70815100";
        Reports.post(page, Csrf.from(page), "198.51.100.78", Reports.report("NEGATIVE", "SALES", "en anden"))
                .statusCode(303);
        Reports.post(page, Csrf.from(page), "203.0.113.99, " + REAL_CLIENT,
                Reports.report("POSITIVE", "OTHER", "igen")).statusCode(429).header("Retry-After", notNullValue());
    }

    @Test
    void shouldMarkTheSessionCookieSecureWhenTheProxySaysHttps() {
        StaffLogin.ensureAccount("proxy-user", "proxy-user-password", StaffRole.MODERATOR);
        Csrf token = Csrf.from("/login");
        Response login = given().redirects().follow(false)
                .header("X-Forwarded-For", "198.51.100.79").header("X-Forwarded-Proto", "https")
                .cookie(Csrf.NAME, token.cookie()).formParam(Csrf.NAME, token.field())
                .formParam("j_username", "proxy-user").formParam("j_password", "proxy-user-password")
                .post("/j_security_check");
        assertEquals(302, login.statusCode());
        assertTrue(login.getDetailedCookie(StaffLogin.SESSION_COOKIE).isSecured(),
                "the session cookie is Secure behind the TLS proxy");
    }
}
