package dk.ringtjek.owner;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import dk.ringtjek.stats.HomeListsService;
import dk.ringtjek.support.Csrf;
import dk.ringtjek.support.GreenMailResource.InjectMail;
import dk.ringtjek.support.Reports;
import dk.ringtjek.support.StaffLogin;
import dk.ringtjek.web.SitemapService;

/** Slice 5: a verified private owner asks for a page with only the aggregate; an editor decides. */
@QuarkusTest
class PrivateNumberTest {

    @InjectMail
    GreenMail mail;

    @Test
    void shouldShowOnlyTheAggregateNoindexAndLeaveTheListsAndTheSitemapOnceAnEditorGrantsIt() {
        String page = "/nummer/28445551";
        Map<String, String> report = new java.util.HashMap<>(Reports.report("NEGATIVE", "SALES",
                "Min eks ringer hele tiden fra dette nummer 51"));
        report.put("callerName", "Hanne Hansen 51");
        Reports.post(page, Csrf.from(page), "10.17.6.1", report).statusCode(303);
        long claim = Owners.confirmedClaim(mail, page, "+4528445551",
                Claims.privatePerson("Hanne Hansen", "hanne@privat-51.example"));
        Owners.approve(claim);
        Owners.Owner owner = Owners.setPasswordAndLogIn(mail, "hanne@privat-51.example", 2);
        assertTrue(inSitemap("/nummer/28445551"), "listed before");
        given().get(page).then().body(containsString("Hanne Hansen 51"));

        StaffLogin.Session desk = owner.session().readForm("/konto/ejer/28445551");
        desk.post().post("/konto/ejer/28445551/privat").then().statusCode(303)
                .header("Location", containsString("done=private-asked"));
        desk.post().post("/konto/ejer/28445551/privat").then().header("Location", containsString("error=private"));
        given().get(page).then().body(containsString("Hanne Hansen 51"));

        long request = QuarkusTransaction.requiringNew().call(() -> Arc.container().instance(PrivateNumbers.class).get()
                .open().stream().filter(r -> r.e164().equals("+4528445551")).findFirst().orElseThrow().id());
        StaffLogin.Session editor = StaffLogin.admin().readForm("/redaktion/ejere");
        editor.post().formParam("outcome", "grant").post("/redaktion/ejere/privat/" + request + "/afgoer")
                .then().statusCode(303);

        String html = given().get(page).then().statusCode(200).extract().asString();
        assertTrue(html.contains("<meta name=\"robots\" content=\"noindex\">"), "noindex");
        assertFalse(html.contains("Min eks ringer hele tiden"), "no comment");
        assertFalse(html.contains("Hanne Hansen"), "no caller name, no owner name");
        assertTrue(html.contains("Privat nummer"));
        assertTrue(html.contains("class=\"crowd\""), "the aggregate stays");
        assertFalse(inSitemap("/nummer/28445551"), "left the sitemap");
        String api = given().get("/api/v1/numbers/28445551/reports").then().statusCode(200).extract().asString();
        assertFalse(api.contains("Min eks ringer hele tiden") || api.contains("Hanne Hansen"),
                "the open-data API keeps a private number's comments and names to itself too: " + api);
        Arc.container().instance(HomeListsService.class).get().forget();
        given().get("/").then().statusCode(200).body(org.hamcrest.Matchers.not(containsString("28445551")));
        given().get("/nummer/28445551/moderation").then().body(containsString("Privat nummer: kun samlet vurdering vises"));
    }

    @Test
    void shouldRefuseAnOrganisationsRequestAndExplainPrivateNumbersOnThePrivacyPage() {
        Owners.Owner owner = Owners.verifiedOrganisation(mail, "/nummer/33445552", "+4533445552", "Firma 52",
                "ejer@firma-52.example");
        owner.session().readForm("/konto/ejer/33445552").post().post("/konto/ejer/33445552/privat").then()
                .statusCode(303).header("Location", containsString("error=private"));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> ((Number) Arc.container()
                .instance(jakarta.persistence.EntityManager.class).get()
                .createNativeQuery("select count(*) from privacy_request r join phone_number p on p.id = r.number_id"
                        + " where p.e164 = '+4533445552'").getSingleResult()).longValue()));
        given().get("/privatliv").then().statusCode(200).body(containsString("Private numre"))
                .body(containsString("kun viser den samlede vurdering"));
    }

    private static boolean inSitemap(String path) {
        SitemapService sitemap = Arc.container().instance(SitemapService.class).get();
        sitemap.forget();
        List<String> paths = new ArrayList<>();
        for (int page = 1; page <= sitemap.pageCount(); page++) {
            sitemap.page(page).orElseThrow().forEach(entry -> paths.add(entry.danishPath()));
        }
        return paths.contains(path);
    }
}
