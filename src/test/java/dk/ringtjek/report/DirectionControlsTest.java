package dk.ringtjek.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import dk.ringtjek.number.PhoneNumber;
import dk.ringtjek.support.Csrf;
import dk.ringtjek.support.Reports;
import dk.ringtjek.web.UserText;

/**
 * Characters that turn the direction of text (U+202E and friends) never reach the page from what a visitor
 * wrote, and whatever a visitor wrote is isolated from the page around it.
 */
@QuarkusTest
class DirectionControlsTest {

    private static final String PAGE = "/nummer/70816101";
    private static final String OVERRIDE = "\u202E";

    @Test
    void shouldStripDirectionControlsFromCommentAndCallerName() {
        Reports.post(PAGE, Csrf.from(PAGE), "192.0.2.71", Map.of("rating", "POSITIVE", "category", "OTHER",
                "comment", "Ring ikke " + OVERRIDE + "regnilk\u2066 til\u2069 dem\u200F", "callerName",
                "\u202DBank\u061C A/S\u202C")).statusCode(303);
        Report saved = QuarkusTransaction.requiringNew().call(() -> Report.find("numberId",
                PhoneNumber.findByE164("+4570816101").orElseThrow().id).firstResult());
        assertEquals("Ring ikke regnilk til dem", saved.comment);
        assertEquals("Bank A/S", saved.callerName);
        given().get(PAGE).then().statusCode(200)
                .body(not(containsString(OVERRIDE)))
                .body(containsString("<p class=\"comment\" dir=\"auto\">Ring ikke regnilk til dem</p>"))
                .body(containsString("<bdi>Bank A/S</bdi>"));
    }

    @Test
    void shouldRemoveEveryDirectionControl() {
        assertEquals("abc", UserText.clean("\u202Aa\u202Bb\u202C\u202D\u202Ec\u2066\u2067\u2068\u2069\u200E\u200F\u061C"));
        assertEquals("مرحبا hej", UserText.clean(" مرحبا hej "), "right-to-left letters themselves stay");
    }
}
