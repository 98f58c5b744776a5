package dk.ringtjek.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import dk.ringtjek.number.NumberChanged;

/**
 * Public pages are the same bytes for every visitor of a language, so a shared cache (nginx, a CDN) can
 * keep them: one stable ETag, 304 for it, public caching headers and no cookie.
 */
@QuarkusTest
class HttpCachingTest {

    private static final String NUMBER = "/nummer/70114040";
    private static final String SHARED = "public, max-age=0, s-maxage=10, stale-while-revalidate=30, stale-if-error=600";

    @Inject
    Event<NumberChanged> changes;

    @ParameterizedTest
    @ValueSource(strings = {NUMBER, "/nummer/20350001", "/", "/en/", "/en/number/70114040"})
    void shouldAnswer304WhenTheBrowserAlreadyHasThePage(String page) {
        Response first = given().when().get(page);
        first.then().statusCode(200)
                .header("Cache-Control", equalTo(SHARED))
                .header("ETag", startsWith("W/\""))
                .header("Set-Cookie", nullValue());

        given().header("If-None-Match", first.header("ETag"))
                .when().get(page)
                .then().statusCode(304)
                .header("ETag", equalTo(first.header("ETag")))
                .header("Cache-Control", equalTo(SHARED))
                .body(emptyString());
    }

    @Test
    void shouldGiveTwoVisitorsWithoutCookiesTheSameBytesAndTheSameETag() {
        String formCookie = given().when().get(NUMBER + "/anmeld").getCookie("csrf-token"); // one who opened the form
        Response one = given().header("X-Forwarded-For", "10.60.0.1").when().get(NUMBER);
        Response other = given().header("X-Forwarded-For", "10.60.0.2").cookie("csrf-token", formCookie)
                .when().get(NUMBER);
        assertEquals(200, one.statusCode());
        assertArrayEquals(one.asByteArray(), other.asByteArray());
        assertEquals(one.header("ETag"), other.header("ETag"));
        assertNull(other.header("Set-Cookie"), "a public page sets no cookie");
        assertEquals("Accept-Encoding", one.header("Vary"));
    }

    @Test
    void shouldKeepTheSameETagWhenThePageIsBuiltAgain() {
        String before = given().when().get(NUMBER).header("ETag");
        changes.fire(new NumberChanged("+4570114040")); // this instance forgets its copy, as after a restart
        assertEquals(before, given().when().get(NUMBER).header("ETag"), "derived from the content alone");
    }

    @Test
    void shouldSendThePageWhenTheBrowsersCopyIsAnother() {
        given().header("If-None-Match", "W/\"an-older-page\", \"another\"")
                .when().get(NUMBER)
                .then().statusCode(200).body(not(emptyString()));
    }

    @Test
    void shouldGiveEachLanguageItsOwnAddressAndETag() {
        String danish = given().when().get(NUMBER).header("ETag");
        given().header("If-None-Match", danish)
                .when().get("/en/number/70114040")
                .then().statusCode(200).header("ETag", not(equalTo(danish)))
                .body(containsString("<html lang=\"en\">"));
        assertNotEquals(danish, given().when().get("/en/number/70114040").header("ETag"));
    }

    @Test
    void shouldKeepFormsRedirectsAndErrorsOutOfSharedCaches() {
        given().when().get(NUMBER + "/anmeld").then().statusCode(200)
                .header("Cache-Control", equalTo(PublicPages.PRIVATE))
                .header("Set-Cookie", containsString("csrf-token="));
        given().redirects().follow(false).when().get("/nummer/+4570114040")
                .then().statusCode(301).header("ETag", nullValue()).header("Cache-Control", equalTo(PublicPages.PRIVATE));
        given().when().get("/nummer/123").then().statusCode(400).header("ETag", nullValue())
                .header("Cache-Control", not(startsWith("public")));
    }
}
