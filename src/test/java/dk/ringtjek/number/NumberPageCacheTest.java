package dk.ringtjek.number;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import dk.ringtjek.support.Csrf;
import dk.ringtjek.support.Reports;

@QuarkusTest
class NumberPageCacheTest {

    @Inject
    NumberPageService pages;

    @Inject
    NumberNormaliser normaliser;

    @Test
    void shouldServeTheSamePageFromMemoryUntilSomethingIsWritten() {
        Number number = normaliser.normalise("21436587");
        NumberPage first = pages.pageFor(number, null);
        assertSame(first, pages.pageFor(number, null), "read twice, built once");

        Reports.post("/nummer/21436587", Csrf.from("/nummer/21436587"), "10.11.0.1",
                Reports.report("NEGATIVE", "SALES", "ny anmeldelse ses med det samme")).statusCode(303);

        NumberPage after = pages.pageFor(number, null);
        assertEquals(1, after.crowd().reportCount(), "the write evicted the cached page");
        given().get("/nummer/21436587").then().body(containsString("ny anmeldelse ses med det samme"));
    }
}
