package dk.ringtjek.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;

/** About, privacy and contact, in Danish and at their English paths, and the footer that links them. */
@QuarkusTest
class InfoPagesTest {

    /** application.properties sets no other retention: AbuseConfig's default. */
    private static final String RETENTION_DAYS = "30";

    @ParameterizedTest
    @CsvSource({
        "/om, da, Om Ringtjek", "/en/about, en, About Ringtjek",
        "/privatliv, da, Privatliv", "/en/privacy, en, Privacy",
        "/kontakt, da, Kontakt", "/en/contact, en, Contact"})
    void shouldServeEachPageInTheLanguageOfItsPath(String path, String lang, String heading) {
        // the path decides, whatever the language cookie says
        given().cookie("lang", "da").get(path).then().statusCode(200)
                .body(containsString("<html lang=\"" + lang + "\">"))
                .body(containsString("<h1>" + heading + "</h1>"));
    }

    @Test
    void shouldMakeAnEnglishPathEnglishEvenWhenTheCookieAsksForDanish() {
        given().cookie("lang", "da").queryParam("lang", "da").get("/en/about").then().statusCode(200)
                .body(containsString("<html lang=\"en\">"));
    }

    @Test
    void shouldSayHowLongAuthorKeysAreKeptAndThatNoAddressIsStored() {
        given().get("/privatliv").then().statusCode(200)
                .body(containsString("På en anmeldelse slettes nøglen efter " + RETENTION_DAYS + " dage"))
                .body(containsString("Vi gemmer ikke din IP-adresse"));
        given().get("/en/privacy").then().statusCode(200)
                .body(containsString("On a report the key is deleted after " + RETENTION_DAYS + " days"))
                .body(containsString("We do not store your IP address"));
    }

    @Test
    void shouldSayHowToHaveAPageCorrectedOrAPostRemoved() {
        given().get("/kontakt").then().statusCode(200)
                .body(containsString("Ret en side om et nummer"))
                .body(containsString("Tryk på &quot;Rapportér indlæg&quot;"))
                .body(containsString("Når 3 forskellige har rapporteret det"))
                .body(containsString("href=\"mailto:redaktion@ringtjek.dk\""));
    }

    @Test
    void shouldLinkThePagesAndTheScoreFromEveryFooter() {
        given().get("/").then().statusCode(200)
                .body(containsString("<a href=\"/om\">Om Ringtjek</a>"))
                .body(containsString("<a href=\"/privatliv\">Privatliv</a>"))
                .body(containsString("<a href=\"/kontakt\">Kontakt</a>"))
                .body(containsString("<a href=\"/scoren\">Sådan beregner vi scoren</a>"));
        given().get("/en/about").then().statusCode(200)
                .body(containsString("<a href=\"/en/privacy\">Privacy</a>"))
                .body(containsString("<a href=\"/en/contact\">Contact</a>"))
                .body(not(containsString("href=\"/kontakt\"")));
    }

    @Test
    void shouldSwitchLanguageToTheSamePageInTheOtherLanguage() {
        given().get("/om").then().body(containsString("href=\"/en/about\""));
        given().get("/en/about").then().body(containsString("href=\"/om\""));
    }

    @Test
    void shouldServeAFaviconLinkedFromEveryPage() {
        given().get("/").then().body(containsString("<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">"));
        given().get("/favicon.svg").then().statusCode(200).contentType(containsString("image/svg+xml"))
                .body(containsString("<svg"));
    }
}
