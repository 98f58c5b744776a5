package dk.ringtjek.owner;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import dk.ringtjek.account.StaffAccount;
import dk.ringtjek.moderation.ModerationAction;
import dk.ringtjek.support.GreenMailResource.InjectMail;
import dk.ringtjek.support.Mails;
import dk.ringtjek.support.StaffLogin;

/** Slice 2: editors approve or reject confirmed claims; approval makes an owner account with its own password. */
@QuarkusTest
class OwnerApprovalTest {

    @InjectMail
    GreenMail mail;

    @Test
    void shouldApproveIntoAnOwnerAccountScopedToTheNumberWithAPasswordSetOnceThroughTheLink() {
        String email = "drift@selskab-17b.example";
        long claim = Owners.confirmedClaim(mail, "/nummer/33445511", "+4533445511",
                Claims.organisation("Selskab 17B", email));
        StaffLogin.Session editor = StaffLogin.admin();
        editor.get().get("/redaktion/ejere").then().statusCode(200)
                .body(containsString("Selskab 17B")).body(containsString(email))
                .body(containsString("https://example.org/kontakt viser nummeret"));
        Owners.approve(claim);
        editor.get().get("/redaktion/ejere").then().body(not(containsString(email)));

        String body = Mails.newestBodyTo(mail, email, 2);
        String link = Mails.linkPath(body, "/adgangskode/[A-Za-z0-9_-]+");
        Owners.Owner owner = Owners.setPasswordAndLogIn(mail, email, 2);
        given().get(link).then().statusCode(404).body(containsString("Linket virker ikke længere."));

        StaffAccount account = QuarkusTransaction.requiringNew().call(() -> StaffAccount.findByUsername(owner.username())
                .orElseThrow());
        assertEquals(java.util.Set.of("owner"), account.roles);
        assertTrue(account.passwordHash.startsWith("$2"), "bcrypt");
        assertEquals(ClaimStatus.APPROVED, ClaimTest.statusOf("+4533445511"));
        owner.session().get().get("/konto/ejer").then().statusCode(200).body(containsString("33 44 55 11"));
        owner.session().get().get("/konto").then().statusCode(200).body(containsString("href=\"/konto/ejer\""));
        assertEquals(List.of(ModerationAction.Kind.CLAIM_APPROVE), actionsOn("+4533445511"));
        given().get("/nummer/33445511/moderation").then().statusCode(200).body(containsString("Ejer verificeret"))
                .body(not(containsString(email))).body(not(containsString("admin")));
    }

    @Test
    void shouldAddASecondNumberToTheSameOwnersAccount() {
        String email = "ejer@to-numre-17.example";
        Owners.Owner owner = Owners.verifiedOrganisation(mail, "/nummer/33445512", "+4533445512", "To Numre", email);
        long second = Owners.confirmedClaim(mail, "/nummer/33445513", "+4533445513",
                Claims.organisation("To Numre", email));
        Owners.approve(second);
        assertTrue(Mails.newestBodyTo(mail, email, 4).contains(owner.username()));
        owner.session().get().get("/konto/ejer").then().body(containsString("33 44 55 12"))
                .body(containsString("33 44 55 13"));
    }

    @Test
    void shouldRejectOnlyWithAReasonWhichTheClaimantGets() {
        String email = "nogen@afvist-17.example";
        long claim = Owners.confirmedClaim(mail, "/nummer/33445514", "+4533445514",
                Claims.privatePerson("Nogen Andersen", email));
        StaffLogin.Session editor = StaffLogin.admin().readForm("/redaktion/ejere");
        editor.post().formParam("reason", " ").post("/redaktion/ejere/" + claim + "/afvis").then().statusCode(303);
        assertEquals(ClaimStatus.PENDING, ClaimTest.statusOf("+4533445514"));
        editor.post().formParam("reason", "Dokumentationen viser et andet nummer")
                .post("/redaktion/ejere/" + claim + "/afvis").then().statusCode(303);
        assertEquals(ClaimStatus.REJECTED, ClaimTest.statusOf("+4533445514"));
        assertTrue(Mails.newestBodyTo(mail, email, 2).contains("Dokumentationen viser et andet nummer"));
        editor.post().post("/redaktion/ejere/" + claim + "/godkend").then().statusCode(404);
    }

    @Test
    void shouldKeepTheQueueFromVisitorsAndOwnersAndRefuseAForeignForm() {
        given().redirects().follow(false).get("/redaktion/ejere").then().statusCode(302);
        Owners.Owner owner = Owners.verifiedOrganisation(mail, "/nummer/33445515", "+4533445515", "Kø 17",
                "ejer@koe-17.example");
        owner.session().get().get("/redaktion/ejere").then().statusCode(403);
        long claim = Owners.confirmedClaim(mail, "/nummer/33445516", "+4533445516",
                Claims.organisation("Kø 17", "anden@koe-17.example"));
        owner.session().readForm("/konto/ejer").post().post("/redaktion/ejere/" + claim + "/godkend")
                .then().statusCode(403);
        assertEquals(ClaimStatus.PENDING, ClaimTest.statusOf("+4533445516"));
    }

    static List<ModerationAction.Kind> actionsOn(String e164) {
        return QuarkusTransaction.requiringNew().call(() -> ModerationAction.<ModerationAction>list(
                "numberId = (select p.id from PhoneNumber p where p.e164 = ?1) order by id", e164)
                .stream().map(a -> a.action).toList());
    }
}
