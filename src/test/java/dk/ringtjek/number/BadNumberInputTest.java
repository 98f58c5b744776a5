package dk.ringtjek.number;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class BadNumberInputTest {

    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of("", "Skriv et telefonnummer."),
                Arguments.of("ring mig op", "kun indeholde cifre"),
                Arguments.of("123", "Nummeret er for kort"),
                Arguments.of("7011404", "Nummeret er for kort"),
                Arguments.of("701140401", "Nummeret er for langt"),
                Arguments.of("+45 1234 5678", "ikke et gyldigt telefonnummer"),
                Arguments.of("70114040701140407011404070114040", "for lang"),
                Arguments.of("+999 12345678", "Landekoden findes ikke"),
                Arguments.of("70\u000111 40 40", "kun indeholde cifre"),
                Arguments.of("<script>alert(1)</script>", "kun indeholde cifre"),
                Arguments.of("A".repeat(200_000), "alt for langt"));
    }

    @ParameterizedTest
    @MethodSource("badInputs")
    void shouldShowTheSearchFormWithTheProblemForBadSearches(String input, String message) {
        given().queryParam("q", input).when().get("/search")
                .then().statusCode(400)
                .body(containsString(message))
                .body(containsString("<form action=\"/search\""))
                .body(not(containsString("<script>alert(1)</script>")));
    }

    @ParameterizedTest
    @MethodSource("badInputs")
    void shouldAnswer400ForBadNumbersInThePath(String input, String message) {
        if (input.isEmpty()) {
            return; // an empty segment is another path
        }
        given().urlEncodingEnabled(true).when().get("/nummer/{n}", input.length() > 1000 ? input.substring(0, 1000) : input)
                .then().statusCode(400)
                .body(not(containsString("<script>alert(1)</script>")));
    }

    @Test
    void shouldShowTheTypedTextEscaped() {
        given().queryParam("q", "\"><b>x</b>").when().get("/search")
                .then().statusCode(400)
                .body(containsString("value=\"&quot;&gt;&lt;b&gt;x&lt;/b&gt;\""));
    }
}
