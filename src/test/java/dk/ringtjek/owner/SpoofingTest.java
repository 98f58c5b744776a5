package dk.ringtjek.owner;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import jakarta.persistence.EntityManager;

import dk.ringtjek.support.Csrf;
import dk.ringtjek.support.Reports;

/** Slice 6: a legitimate number with a burst of scam reports is shown as probably spoofed; the reports stay. */
@QuarkusTest
class SpoofingTest {

    @Test
    void shouldWarnAboveTheReportsOfALegitimateNumberOnceScamReportsPileUp() {
        String page = "/nummer/33445561";
        legitimate("+4533445561", "Forsyning 61");
        scam(page, "10.17.5.1", "Ringede og bad om MitID, sagde de var Forsyning 61");
        scam(page, "10.17.5.2", "Ville have mine kortoplysninger, nummeret viste Forsyning 61");
        given().get(page).then().statusCode(200).body(not(containsString("Nummeret bliver sandsynligvis misbrugt")));

        scam(page, "10.17.5.3", "Svindel igen med Forsyning 61 i displayet");
        String html = given().get(page).then().statusCode(200).extract().asString();
        assertTrue(html.contains("<h2 id=\"spoof-heading\">Nummeret bliver sandsynligvis misbrugt</h2>"), html);
        assertTrue(html.contains("class=\"glance-spoofed\""), "the score carries the warning");
        assertTrue(html.indexOf("spoof-heading") < html.indexOf("reports-heading"), "above the reports");
        assertTrue(html.contains("Svindel igen med Forsyning 61 i displayet"), "the reports stay visible");
    }

    @Test
    void shouldReadTheOwnerPartsOfAPageInOneStatement() {
        String page = "/nummer/33445563";
        legitimate("+4533445563", "Forsyning 63");
        for (int i = 1; i <= 3; i++) {
            scam(page, "10.17.5." + (20 + i), "Falsk opkald i navnet Forsyning 63, nummer " + i);
        }
        long id = QuarkusTransaction.requiringNew().call(() -> dk.ringtjek.number.PhoneNumber.findByE164("+4533445563")
                .orElseThrow().id);
        OwnerQueries queries = Arc.container().instance(OwnerQueries.class).get();
        org.hibernate.stat.Statistics statistics = Arc.container().instance(EntityManager.class).get()
                .getEntityManagerFactory().unwrap(org.hibernate.SessionFactory.class).getStatistics();
        boolean enabled = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        try {
            statistics.clear();
            OwnerView view = QuarkusTransaction.requiringNew().call(() -> queries.viewOf(id));
            assertTrue(view.scamBurst(), "the burst is read");
            org.junit.jupiter.api.Assertions.assertEquals(1, statistics.getPrepareStatementCount(),
                    "notice, answers, private flag and scam count: one query");
        } finally {
            statistics.setStatisticsEnabled(enabled);
        }
    }

    @Test
    void shouldNotWarnAboutANumberWithoutALegitimateVerdict() {
        String page = "/nummer/33445562";
        for (int i = 1; i <= 4; i++) {
            scam(page, "10.17.5." + (10 + i), "Svindelopkald nummer " + i + " fra 62");
        }
        given().get(page).then().body(not(containsString("spoof-heading")));
    }

    private static void scam(String page, String client, String comment) {
        Reports.post(page, Csrf.from(page), client, Reports.report("NEGATIVE", "SCAM_PHISHING", comment)).statusCode(303);
    }

    private static void legitimate(String e164, String owner) {
        QuarkusTransaction.requiringNew().run(() -> {
            EntityManager em = Arc.container().instance(EntityManager.class).get();
            em.createNativeQuery("insert into phone_number (id, e164) values (nextval('phone_number_seq'), :e)")
                    .setParameter("e", e164).executeUpdate();
            em.createNativeQuery("""
                    insert into curated_entry (id, number_id, owner_name, verdict, summary, origin)
                    select nextval('curated_entry_seq'), id, :owner, 'LEGITIMATE', 'Kundeservice', 'EDITOR'
                    from phone_number where e164 = :e""").setParameter("owner", owner).setParameter("e", e164)
                    .executeUpdate();
        });
    }
}
