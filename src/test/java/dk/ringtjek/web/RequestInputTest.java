package dk.ringtjek.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

import dk.ringtjek.number.PhoneNumber;
import dk.ringtjek.report.Report;
import dk.ringtjek.support.Csrf;
import dk.ringtjek.support.StaffLogin;

/**
 * No NUL reaches the database and no single-valued form field counts twice: whatever the form, query or
 * header, such a request gets 400 and our error page, never a 500 and never a save.
 */
@QuarkusTest
class RequestInputTest {

    private static final String NUL = "\u0000";
    private static final String ERROR_PAGE = "Det kunne vi ikke læse";

    @TestHTTPResource("/")
    URI root;

    @Test
    void shouldRefuseANulInTheLoginUserName() {
        StaffLogin.attempt("adm" + NUL + "in", StaffLogin.ADMIN_PASSWORD, "192.0.2.60")
                .then().statusCode(400).body(containsString(ERROR_PAGE));
    }

    @Test
    void shouldRefuseANulInAReportCommentAndSaveNothing() {
        String page = "/nummer/70816001";
        report(page).formParam("rating", "NEGATIVE").formParam("category", "SALES")
                .formParam("comment", "skjult" + NUL + "tekst").post(page + "/anmeldelser")
                .then().statusCode(400);
        assertEquals(0L, reportsOn("+4570816001"));
    }

    @Test
    void shouldRefuseANulInAQueryParameterOrTheSearch() {
        // sent as written: %00 reaches the server, not %2500
        RequestSpecification raw = given().urlEncodingEnabled(false).redirects().follow(false);
        raw.get("/nummer/70114040?lang=da%00").then().statusCode(400).body(containsString(ERROR_PAGE));
        raw.get("/search?q=7011%004040").then().statusCode(400);
        raw.get("/search?q=%00").then().statusCode(400);
        raw.get("/nummer/70114040%00").then().statusCode(400);
        raw.get("/moderation?status=%00").then().statusCode(400);
    }

    @Test
    void shouldRefuseANulInAHeader() throws IOException {
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(("GET /nummer/70114040 HTTP/1.1\r\nHost: localhost\r\n"
                    + "User-Agent: a" + NUL + "b\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            String status = new String(socket.getInputStream().readNBytes(12), StandardCharsets.ISO_8859_1);
            assertEquals("HTTP/1.1 400", status);
        }
    }

    @Test
    void shouldRefuseTheHoneypotSentTwice() {
        String page = "/nummer/70816002";
        report(page).formParam("rating", "NEGATIVE").formParam("category", "SALES")
                .formParam("comment", "honningkrukke to gange").formParam("website", "", "http://spam.example")
                .post(page + "/anmeldelser").then().statusCode(400).body(containsString(ERROR_PAGE));
        assertEquals(0L, reportsOn("+4570816002"));
    }

    @Test
    void shouldRefuseAnyFieldOfAReportSentTwice() {
        String page = "/nummer/70816003";
        report(page).formParam("rating", "POSITIVE", "NEGATIVE").formParam("category", "SALES")
                .formParam("comment", "to vurderinger").post(page + "/anmeldelser").then().statusCode(400);
        report(page).formParam("rating", "NEGATIVE").formParam("category", "SALES")
                .formParam("comment", "to tokens").formParam(Csrf.NAME, "x")
                .post(page + "/anmeldelser").then().statusCode(400);
        assertEquals(0L, reportsOn("+4570816003"));
        // the same report with each field once is saved
        report(page).formParam("rating", "NEGATIVE").formParam("category", "SALES")
                .formParam("comment", "en gang hver").formParam("website", "")
                .post(page + "/anmeldelser").then().statusCode(303);
        assertEquals(1L, reportsOn("+4570816003"));
    }

    private static RequestSpecification report(String page) {
        return Csrf.from(page).request().header("X-Forwarded-For", "192.0.2.61")
                .formParam("formToken", Csrf.humanFormToken("192.0.2.61", page));
    }

    private static long reportsOn(String e164) {
        return QuarkusTransaction.requiringNew().call(() -> PhoneNumber.findByE164(e164)
                .map(phone -> Report.count("numberId", phone.id)).orElse(0L));
    }
}
