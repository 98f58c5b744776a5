package dk.ringtjek.number;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class NumberPageTest {

    private static final String NORLYS_PAGE = "/nummer/70114040";

    @ParameterizedTest
    @ValueSource(strings = {"70 11 40 40", "70114040", "7011 4040", "+45 70 11 40 40", "+4570114040",
            "0045 70114040", "(+45) 70-11-40-40", "4570114040"})
    void shouldSendEverySpellingInTheSearchToTheCanonicalPage(String spelling) {
        given().redirects().follow(false).queryParam("q", spelling)
                .when().get("/search")
                .then().statusCode(303).header("Location", endsWith(NORLYS_PAGE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+4570114040", "004570114040", "70 11 40 40", "7011-4040", "4570114040"})
    void shouldRedirectOtherSpellingsInThePathPermanently(String spelling) {
        given().redirects().follow(false)
                .when().get("/nummer/{n}", spelling)
                .then().statusCode(301).header("Location", endsWith(NORLYS_PAGE));
    }

    @Test
    void shouldRedirectForeignNumbersToTheirInternationalPage() {
        given().redirects().follow(false)
                .when().get("/nummer/{n}", "0044 7911 123456")
                .then().statusCode(301).header("Location", endsWith("/nummer/+447911123456"));
    }

    @Test
    void shouldShowOwnerVerdictAndContactChannelsOfNorlys() {
        given().when().get(NORLYS_PAGE)
                .then().statusCode(200)
                .body(containsString("<title>70 11 40 40 – Norlys (tidligere Stofa)"))
                .body(containsString("Legitim virksomhed"))
                .body(containsString("Officielle kontaktkanaler"))
                .body(containsString("88 30 30 30"))
                .body(containsString("Mit Norlys / Mit Stofa"))
                .body(containsString("Hvorfor ringer de?"))
                .body(containsString("Sådan tjekker du, at opkaldet er ægte"))
                .body(containsString("Det skal du have klar til samtalen"))
                .body(containsString("Er det spam eller salg?"))
                .body(containsString("Senest tjekket"))
                .body(containsString("virksomhedsnummer"))
                .body(containsString("<link rel=\"canonical\" href=\"http://localhost:8080/nummer/70114040\">"));
    }

    @Test
    void shouldShowTheTechnicalSupportNumberToo() {
        given().when().get("/nummer/88303030")
                .then().statusCode(200)
                .body(containsString("Norlys (tidligere Stofa), teknisk support"));
    }

    @Test
    void shouldShowFactsForAValidNumberNobodyHasAskedAbout() {
        given().when().get("/nummer/20123456")
                .then().statusCode(200)
                .body(containsString("Ingen har fortalt om dette nummer endnu"))
                .body(containsString("Giv aldrig MitID-koder"))
                .body(not(containsString("Ingen anmeldelser endnu")))
                .body(containsString("Mobilnummer"))
                .body(containsString("Danmark"))
                .body(containsString("+45 20 12 34 56"));
    }

    @Test
    void shouldCallASeventyNumberACompanyNumberOnItsPage() {
        given().when().get("/nummer/70114040")
                .then().statusCode(200)
                .body(containsString("Firmanummer (70-nummer)"))
                .body(not(containsString("Fastnet eller mobil")));
    }

    @Test
    void shouldSayWhatAShortNumberIsOnItsPage() {
        given().when().get("/nummer/1813")
                .then().statusCode(200)
                .body(containsString("Akuttelefonen (Region Hovedstaden)"))
                .body(containsString("skadestue"));
    }

    @Test
    void shouldShowForeignNumbersWithTheirCountry() {
        given().when().get("/nummer/+447400123456")
                .then().statusCode(200)
                .body(containsString("+44 7400 123456"))
                .body(containsString("Storbritannien"));
    }

    @Test
    void shouldExplainFreephoneAndPremiumRanges() {
        given().when().get("/nummer/80201234").then().statusCode(200).body(containsString("gratisnummer"));
        given().when().get("/nummer/90123456").then().statusCode(200).body(containsString("overtakseret"));
    }

    @Test
    void shouldSpeakEnglishAtItsOwnAddressWithoutACookie() {
        given().when().get("/en/number/70114040")
                .then().statusCode(200)
                .header("Set-Cookie", org.hamcrest.Matchers.nullValue())
                .body(containsString("Official contact channels"))
                .body(containsString("Legitimate business"))
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("<link rel=\"canonical\" href=\"http://localhost:8080/en/number/70114040\">"))
                .body(containsString("hreflang=\"da\" href=\"http://localhost:8080/nummer/70114040\""))
                .body(containsString("href=\"/nummer/70114040\" hreflang=\"da\""))
                .body(containsString("action=\"/en/search\""));
        given().when().get(NORLYS_PAGE).then().statusCode(200)
                .body(containsString("<html lang=\"da\">"))
                .body(containsString("hreflang=\"en\" href=\"http://localhost:8080/en/number/70114040\""))
                .body(containsString("href=\"/en/number/70114040\" hreflang=\"en\""));
        given().when().get("/en/").then().statusCode(200).body(containsString("Who is calling?"));
        given().redirects().follow(false).queryParam("q", "+45 70 11 40 40").when().get("/en/search")
                .then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("/en/number/70114040"));
    }

    @Test
    void shouldHaveNoEnglishAddressForStaffPages() {
        given().redirects().follow(false).when().get("/en/moderation").then().statusCode(404);
        given().redirects().follow(false).when().get("/en/admin/accounts").then().statusCode(404);
    }

    @Test
    void shouldShowTheSearchBoxFirstOnTheHomePage() {
        given().when().get("/")
                .then().statusCode(200)
                .body(containsString("<h1>Hvem ringer?</h1>"))
                .body(containsString("action=\"/search\""));
    }

    @Test
    void shouldServeTheStylesheetFromTheJar() {
        given().when().get("/webjars/picocss__pico/2.1.1/css/pico.min.css").then().statusCode(200);
    }

    @Test
    void shouldNotCreateARowWhenLookingUpAnUnknownNumber() {
        given().when().get("/nummer/20999999").then().statusCode(200);
        given().when().get("/search?q=20999998").then().statusCode(200);
        org.junit.jupiter.api.Assertions.assertTrue(
                io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(
                        () -> PhoneNumber.findByE164("+4520999999").isEmpty()
                                && PhoneNumber.findByE164("+4520999998").isEmpty()));
    }

    @Test
    void shouldKeepTheInputWhenShowingAnError() {
        given().queryParam("q", "ring mig").when().get("/search")
                .then().statusCode(400)
                .body(containsString("value=\"ring mig\""))
                .body(containsString("Et telefonnummer kan kun indeholde"))
                .body(not(containsString("Exception")));
    }

    @Test
    void shouldAnswerAnUnknownPathWith404() {
        given().when().get("/nummer/70114040/extra").then().statusCode(equalTo(404));
    }
}
