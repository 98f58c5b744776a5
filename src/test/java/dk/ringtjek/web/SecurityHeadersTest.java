package dk.ringtjek.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

import dk.ringtjek.support.Csrf;
import dk.ringtjek.support.Reports;

@QuarkusTest
class SecurityHeadersTest {

    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";
    private static final String HSTS = "quarkus.http.header.\"Strict-Transport-Security\".value";
    private static final String NUMBER_PAGE = "/nummer/30490002";

    @Test
    void shouldSendTheHeadersWithTheHomePage() {
        secured(given().get("/").then().statusCode(200));
    }

    @Test
    void shouldSendTheHeadersWithANumberPage() {
        secured(given().get(NUMBER_PAGE).then().statusCode(200));
    }

    @Test
    void shouldSendTheHeadersWithTheSearchRedirect() {
        secured(given().redirects().follow(false).queryParam("q", "30 49 00 02").get("/search").then().statusCode(303));
    }

    @Test
    void shouldSendTheHeadersWithABadRequest() {
        secured(given().queryParam("q", "abc").get("/search").then().statusCode(400));
    }

    @Test
    void shouldSendTheHeadersWithANotFoundPage() {
        secured(given().get("/findes/ikke").then().statusCode(404));
    }

    @Test
    void shouldSendTheHeadersWithAMissingStaticFile() {
        secured(given().get("/css/findes-ikke.css").then().statusCode(404));
    }

    @Test
    void shouldSendTheHeadersWithStaticCss() {
        secured(given().get("/css/site.css").then().statusCode(200).contentType(containsString("text/css")));
        secured(given().get("/webjars/picocss__pico/2.1.1/css/pico.min.css").then().statusCode(200));
    }

    @Test
    void shouldSendTheHeadersWithThePostRedirect() {
        Csrf csrf = Csrf.from(NUMBER_PAGE);
        secured(Reports.post(NUMBER_PAGE, csrf, "10.79.0.1", Reports.report("NEUTRAL", "SURVEY", "Spørgeskema om tv"))
                .statusCode(303));
    }

    @Test
    void shouldSendTheHeadersWithABodyRefusedBeforeRest() {
        secured(Csrf.from(NUMBER_PAGE).request().formParam("comment", "a".repeat(70_000))
                .post(NUMBER_PAGE + "/anmeldelser").then().statusCode(413));
    }

    @Test
    void shouldSendTheHeadersWithAServerError() {
        secured(given().get("/test-only/fails").then().statusCode(500));
    }

    @Test
    void shouldSendHstsOnlyInProduction() throws IOException {
        Properties config = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("application.properties")) {
            config.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        assertTrue(config.getProperty("%prod." + HSTS, "").startsWith("max-age=31536000"), "HSTS in %prod");
        assertNull(config.getProperty(HSTS), "no HSTS outside production: it would pin http://localhost to HTTPS");
        given().get("/").then().header("Strict-Transport-Security", nullValue());
    }

    /** The policy forbids inline script and style: no template may need them. */
    @Test
    void shouldHaveNoInlineScriptOrStyleInAnyTemplate() throws IOException {
        List<String> forbidden = List.of("<script", " style=", "<style", " onclick=", " onload=", " onsubmit=",
                " onchange=", "javascript:");
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(Files::isRegularFile).toList()) {
                String html = Files.readString(template).toLowerCase(Locale.ROOT);
                for (String markup : forbidden) {
                    assertEquals(-1, html.indexOf(markup), markup + " in " + template);
                }
            }
        }
    }

    private static void secured(ValidatableResponse response) {
        response.header("Content-Security-Policy", equalTo(CSP))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("strict-origin-when-cross-origin"))
                .header("X-Frame-Options", equalTo("DENY"));
    }
}
