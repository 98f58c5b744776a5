package dk.ringtjek.owner;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import dk.ringtjek.support.GreenMailResource.InjectMail;
import dk.ringtjek.support.Mails;

/** Slice 1: "Er det dit nummer?" leads to a claim form, whose e-mail is confirmed through a mailed link. */
@QuarkusTest
class ClaimTest {

    @InjectMail
    GreenMail mail;

    @Test
    void shouldLinkEveryNumberPageToTheClaimFormOnAPageOfItsOwn() {
        given().get("/nummer/33445501").then().statusCode(200)
                .body(containsString("href=\"/nummer/33445501/ejer\""))
                .body(containsString("Er det dit nummer?"))
                .body(not(containsString("name=\"csrf-token\"")));
        given().get("/en/number/33445501").then().statusCode(200)
                .body(containsString("href=\"/en/number/33445501/owner\""));
        given().get("/nummer/33445501/ejer").then().statusCode(200)
                .header("Cache-Control", containsString("no-store"))
                .body(containsString("name=\"csrf-token\""))
                .body(containsString("name=\"formToken\""))
                .body(containsString("<meta name=\"robots\" content=\"noindex\">"));
    }

    @Test
    void shouldKeepWhatWasTypedWhenTheFormIsIncomplete() {
        Map<String, String> fields = new HashMap<>(Claims.organisation("Firma Æblegrød", "not-an-address"));
        fields.remove("organisation");
        Response page = Claims.post("/nummer/33445502", "10.17.1.1", fields);
        assertEquals(400, page.statusCode());
        String html = page.asString();
        assertTrue(html.contains("Skriv virksomhedens eller organisationens navn."), html);
        assertTrue(html.contains("Skriv en gyldig e-mailadresse."));
        assertTrue(html.contains("value=\"not-an-address\""), "the address is kept");
        assertTrue(html.contains("https://example.org/kontakt viser nummeret"), "the evidence is kept");
        assertTrue(html.contains("value=\"ORGANISATION\" checked"), "the choice is kept");
        assertEquals(0, Mails.to(mail, "not-an-address").size());
        assertEquals(0L, claimsFor("+4533445502"));
    }

    @Test
    void shouldConfirmTheAddressOnceThroughTheMailedLinkWhoseTokenIsStoredHashed() {
        String email = "kontakt@firma-17a.example";
        String link = Claims.claimAndReadLink(mail, "/nummer/33445503", "10.17.1.2",
                Claims.organisation("Firma 17A", email));
        String token = link.substring(link.lastIndexOf('/') + 1);
        String stored = QuarkusTransaction.requiringNew().call(() -> OwnerClaim.<OwnerClaim>find("e164", "+4533445503")
                .firstResult().confirmTokenHash);
        assertNotEquals(token, stored);
        assertEquals(OneTimeToken.hash(token), stored);
        assertEquals(ClaimStatus.UNCONFIRMED, statusOf("+4533445503"));

        given().get(link).then().statusCode(200).body(containsString("Tak, din e-mail er bekræftet."));
        assertEquals(ClaimStatus.PENDING, statusOf("+4533445503"));
        given().get(link).then().statusCode(404).body(containsString("Linket virker ikke længere."));
        assertFalse(Mails.text(Mails.to(mail, email).get(0)).isBlank());
    }

    @Test
    void shouldNotConfirmWithAnotherNumbersLinkOrAMadeUpToken() {
        String link = Claims.claimAndReadLink(mail, "/nummer/33445504", "10.17.1.3",
                Claims.privatePerson("Hanne Privat", "hanne@privat-17.example"));
        given().get(link.replace("33445504", "33445505")).then().statusCode(404);
        given().get("/nummer/33445504/ejer/bekraeft/" + "A".repeat(43)).then().statusCode(404);
        assertEquals(ClaimStatus.UNCONFIRMED, statusOf("+4533445504"));
    }

    @Test
    void shouldDropABotsClaimWithoutMail() {
        Map<String, String> fields = new HashMap<>(Claims.organisation("Bot ApS", "bot@bot-17.example"));
        fields.put("website", "http://spam.example");
        assertEquals(303, Claims.post("/nummer/33445506", "10.17.1.4", fields).statusCode());
        assertEquals(0L, claimsFor("+4533445506"));
        assertEquals(0, Mails.to(mail, "bot@bot-17.example").size());
    }

    static ClaimStatus statusOf(String e164) {
        return QuarkusTransaction.requiringNew().call(() -> OwnerClaim.<OwnerClaim>find("e164 = ?1 order by id desc",
                e164).firstResult().status);
    }

    static long claimsFor(String e164) {
        return QuarkusTransaction.requiringNew().call(() -> OwnerClaim.count("e164", e164));
    }
}
