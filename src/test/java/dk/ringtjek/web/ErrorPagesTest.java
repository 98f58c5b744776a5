package dk.ringtjek.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;

import dk.ringtjek.support.Csrf;

@QuarkusTest
class ErrorPagesTest {

    private static final String NUMBER_PAGE = "/nummer/70114040";
    private static final String REPORTS = "/nummer/30490001/anmeldelser";

    @Test
    void shouldShowAnUnknownPathInOurLayoutWithTheSearchBox() {
        ourPage(given().get("/findes/ikke").then().statusCode(404))
                .body(containsString("<h1>Siden findes ikke</h1>"))
                .body(containsString("<form action=\"/search\""));
    }

    @Test
    void shouldShowTheNotFoundPageInEnglishUnderEnglishAddresses() {
        ourPage(given().get("/en/does/not/exist").then().statusCode(404))
                .body(containsString("<h1>Page not found</h1>"));
        ourPage(given().get("/en/css/does-not-exist.css").then().statusCode(404))
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("<h1>Page not found</h1>"));
    }

    @Test
    void shouldShowAMissingStaticFileAsOurPage() {
        ourPage(given().get("/css/nope.css").then().statusCode(404))
                .body(containsString("<h1>Siden findes ikke</h1>"))
                .body(not(containsString("Resource not found")));
    }

    @Test
    void shouldShowAMethodThePageDoesNotTake() {
        ourPage(given().put(NUMBER_PAGE).then().statusCode(405))
                .body(containsString("<h1>Det kan man ikke her</h1>"));
    }

    @Test
    void shouldShowAFormPostedWithoutItsTokenAsABadRequest() {
        ourPage(given().redirects().follow(false).formParam("rating", "NEGATIVE").post(REPORTS).then().statusCode(400))
                .body(containsString("<h1>Det kunne vi ikke læse</h1>"));
    }

    @Test
    void shouldShowABodyDeclaredOverTheLimitAsOurPage() {
        // a byte body carries Content-Length: refused by its size alone, before anything reads it
        byte[] body = ("comment=" + "a".repeat(70_000)).getBytes(StandardCharsets.US_ASCII);
        ourPage(given().contentType("text/plain").body(body).post(REPORTS)
                .then().statusCode(413).header("Connection", "close"))
                .body(containsString("<h1>Det var for meget på én gang</h1>"));
    }

    @Test
    void shouldShowAFormFieldOverTheLimitAsOurPage() {
        Csrf csrf = Csrf.from(NUMBER_PAGE);
        ourPage(csrf.request().formParam("comment", "a".repeat(30_000)).post(REPORTS).then().statusCode(413))
                .body(containsString("<h1>Det var for meget på én gang</h1>"));
    }

    @Test
    void shouldShowAnUnknownPathOutsideRestAsOurPage() {
        ourPage(given().get("/q/findes-ikke").then().statusCode(404))
                .body(containsString("<h1>Siden findes ikke</h1>"));
    }

    @Test
    void shouldShowAFormatThePageDoesNotTake() {
        ourPage(given().contentType("application/json").body("{}").post(REPORTS).then().statusCode(415))
                .body(containsString("<h1>Det format kender vi ikke</h1>"));
    }

    @Test
    @TestSecurity(user = "vera", roles = "visitor")
    void shouldShowAPageOnlyModeratorsMaySeeAsForbidden() {
        ourPage(given().get("/moderation").then().statusCode(403))
                .body(containsString("<h1>Ingen adgang</h1>"));
    }

    @Test
    void shouldShowTooManyRequestsAndKeepRetryAfter() {
        ourPage(given().get("/test-only/too-many").then().statusCode(429).header("Retry-After", "60"))
                .body(containsString("<h1>Lidt for hurtigt</h1>"));
    }

    @Test
    void shouldShowOurOwnFailureWithAnErrorIdAndNothingOfTheException() {
        ourPage(given().get("/test-only/fails").then().statusCode(500))
                .body(containsString("<h1>Noget gik galt hos os</h1>"))
                .body(matchesPattern("(?s).*Fejl-id: [0-9a-f]{8}\\..*"))
                .body(not(containsString("IllegalStateException")))
                .body(not(containsString("author_key")));
    }

    @Test
    void shouldShowAFailureOutsideRestTheSameWay() {
        ourPage(given().get("/test-only/fails-in-vertx").then().statusCode(500))
                .body(containsString("<h1>Noget gik galt hos os</h1>"))
                .body(matchesPattern("(?s).*Fejl-id: [0-9a-f]{8}\\..*"))
                .body(not(containsString("IllegalStateException")))
                .body(not(containsString("author_key")));
    }

    /** The layout, as HTML, without a trace of Quarkus' own error output. */
    private static ValidatableResponse ourPage(ValidatableResponse response) {
        return response.contentType(startsWith("text/html"))
                .body(containsString("<link rel=\"stylesheet\" href=\"/css/site.css\">"))
                .body(matchesPattern("(?s).*<a href=\"/(en/)?\">.*")) // the way home, in the page's language
                .body(not(containsString("Exception")))
                .body(not(containsString("at io.")))
                .body(not(containsString("stack")));
    }
}
