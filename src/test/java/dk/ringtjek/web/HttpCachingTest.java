package dk.ringtjek.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class HttpCachingTest {

    @ParameterizedTest
    @ValueSource(strings = {"/nummer/70114040", "/nummer/20350001", "/"})
    void shouldAnswer304WhenTheBrowserAlreadyHasThePage(String page) {
        Response first = given().when().get(page);
        first.then().statusCode(200)
                .header("Cache-Control", equalTo("private, no-cache"))
                .header("ETag", startsWith("W/\""));

        given().cookies(first.cookies()).header("If-None-Match", first.header("ETag"))
                .when().get(page)
                .then().statusCode(304)
                .header("ETag", equalTo(first.header("ETag")))
                .body(emptyString());
    }

    @Test
    void shouldSendThePageWhenTheBrowsersCopyIsAnother() {
        Response first = given().when().get("/nummer/70114040");
        given().cookies(first.cookies()).header("If-None-Match", "W/\"an-older-page\", \"another\"")
                .when().get("/nummer/70114040")
                .then().statusCode(200).body(not(emptyString()));
    }

    @Test
    void shouldGiveEachLanguageItsOwnETag() {
        String danish = given().when().get("/nummer/70114040").header("ETag");
        given().cookie("lang", "en").header("If-None-Match", danish)
                .when().get("/nummer/70114040")
                .then().statusCode(200).header("ETag", not(equalTo(danish)));
    }

    @Test
    void shouldNotCacheRedirectsOrErrors() {
        given().redirects().follow(false).when().get("/nummer/+4570114040")
                .then().statusCode(301).header("ETag", nullValue());
        given().when().get("/nummer/123").then().statusCode(400).header("ETag", nullValue());
    }
}
