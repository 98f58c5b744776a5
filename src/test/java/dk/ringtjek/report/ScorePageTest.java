package dk.ringtjek.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import dk.ringtjek.support.Csrf;
import dk.ringtjek.support.Reports;

/** "Sådan beregner vi scoren": generated from the score's own constants, in both languages, linked from every score. */
@QuarkusTest
class ScorePageTest {

    private static final String NUMBER_PAGE = "/nummer/30405081";

    @Test
    void shouldExplainTheScoreInDanishFromItsOwnConstants() {
        given().get("/scoren").then().statusCode(200)
                .body(containsString("<h1>Sådan beregner vi scoren</h1>"))
                .body(containsString("en anmeldelse, der er 180 dage gammel, tæller det halve"))
                .body(containsString("plus 2"))
                .body(containsString(CommunityScore.TRUSTWORTHY_FROM + "–100"))
                .body(containsString(CommunityScore.MIXED_FROM + "–" + (CommunityScore.TRUSTWORTHY_FROM - 1)))
                .body(containsString(CommunityScore.ANNOYING_FROM + "–" + (CommunityScore.MIXED_FROM - 1)))
                .body(containsString("0–" + (CommunityScore.ANNOYING_FROM - 1)))
                .body(containsString("Svindel eller phishing, Ubesvaret opkald (ping-opkald): <strong>−2</strong>"))
                .body(containsString("2 nye anmeldelser fra hver sin person: Klage, Ubesvaret opkald (ping-opkald) → 0/100, Farlig."));
    }

    @Test
    void shouldExplainTheScoreInEnglishAtItsEnglishPath() {
        given().cookie("lang", "da").get("/en/score").then().statusCode(200)
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("<h1>How we calculate the score</h1>"))
                .body(containsString("a report 180 days old counts half, one 360 days old a quarter"))
                .body(containsString("href=\"/scoren\""));
    }

    @Test
    void shouldLinkEveryScoreToTheExplanation() {
        Reports.post(NUMBER_PAGE, Csrf.from(NUMBER_PAGE), "10.8.1.1", Reports.report("NEGATIVE", "SALES", "sælger"))
                .statusCode(303);
        given().get(NUMBER_PAGE).then().statusCode(200)
                .body(containsString("<a href=\"/scoren\">Sådan beregner vi scoren</a>"));
        given().get(NUMBER_PAGE.replace("/nummer/", "/en/number/")).then().statusCode(200)
                .body(containsString("<a href=\"/en/score\">How we calculate the score</a>"));
    }
}
