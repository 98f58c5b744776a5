package dk.ringtjek.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

import dk.ringtjek.number.NumberFactsService;
import dk.ringtjek.number.NumberNormaliser;
import dk.ringtjek.number.NumberPage;
import dk.ringtjek.stats.NumberStats;
import dk.ringtjek.verdict.ContactChannel;
import dk.ringtjek.verdict.CuratedEntry;
import dk.ringtjek.verdict.Verdict;

@QuarkusTest
class SearchEngineTagsTest {

    private static final Pattern JSON_LD =
            Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL);

    @Inject
    ObjectMapper json;

    @Inject
    StructuredData structuredData;

    @Inject
    NumberNormaliser normaliser;

    @Inject
    NumberFactsService facts;

    @Test
    void shouldDescribeTheNumberPageForLinkPreviews() {
        given().when().get("/nummer/70114040")
                .then().statusCode(200)
                .body(containsString("<meta property=\"og:title\" content=\"70 11 40 40 – Norlys (tidligere Stofa)\">"))
                .body(containsString("<meta property=\"og:url\" content=\"http://localhost:8080/nummer/70114040\">"))
                .body(containsString("<meta property=\"og:type\" content=\"website\">"))
                .body(containsString("<meta property=\"og:description\" content=\"70 11 40 40 tilhører Norlys"))
                .body(containsString("<meta property=\"og:locale\" content=\"da_DK\">"));
    }

    @Test
    void shouldPresentTheCuratedOwnerAsAnOrganizationWithItsPhoneLines() throws Exception {
        String page = given().when().get("/nummer/70114040").then().statusCode(200).extract().asString();
        Matcher script = JSON_LD.matcher(page);
        assertTrue(script.find(), "the page has JSON-LD");
        JsonNode organisation = json.readTree(script.group(1));

        assertEquals("https://schema.org", organisation.get("@context").asText());
        assertEquals("Organization", organisation.get("@type").asText());
        assertEquals("Norlys (tidligere Stofa)", organisation.get("name").asText());
        assertEquals("+4570114040", organisation.get("telephone").asText());
        List<String> phones = new ArrayList<>();
        for (JsonNode point : organisation.get("contactPoint")) {
            assertEquals("ContactPoint", point.get("@type").asText());
            assertFalse(point.get("contactType").asText().isBlank());
            phones.add(point.get("telephone").asText());
        }
        assertEquals(List.of("+4570114040", "+4588303030"), phones);
    }

    @Test
    void shouldGiveNumbersWithoutAnOwnerNoStructuredData() {
        given().when().get("/nummer/20360001")
                .then().statusCode(200)
                .body(containsString("<meta property=\"og:title\" content=\"20 36 00 01\">"))
                .body(not(containsString("application/ld+json")));
    }

    @Test
    void shouldNeverLetAnOwnerNameEndTheScriptElement() throws Exception {
        CuratedEntry entry = new CuratedEntry();
        entry.ownerName = "Evil </script><script>alert(1)</script> & Co";
        entry.summary = "Summary";
        entry.verdict = Verdict.LEGITIMATE;
        entry.contactChannels = List.of(new ContactChannel(ContactChannel.Type.PHONE, "not a number", null));
        NumberPage page = new NumberPage(facts.factsOf(normaliser.normalise("20360002")), Optional.of(entry), dk.ringtjek.report.CrowdQueries.empty(),
                NumberStats.none(java.time.LocalDate.now()));

        String jsonLd = structuredData.forNumber(page);

        assertFalse(jsonLd.contains("<"));
        assertFalse(jsonLd.contains("&"));
        JsonNode organisation = json.readTree(jsonLd);
        assertEquals(entry.ownerName, organisation.get("name").asText());
        assertEquals("not a number", organisation.get("contactPoint").get(0).get("telephone").asText());
    }

    @Test
    void shouldNotPresentAScamWarningAsAnOrganization() {
        CuratedEntry entry = new CuratedEntry();
        entry.ownerName = "Falsk bank";
        entry.summary = "Svindel";
        entry.verdict = Verdict.SCAM_WARNING;
        NumberPage page = new NumberPage(facts.factsOf(normaliser.normalise("20360003")), Optional.of(entry), dk.ringtjek.report.CrowdQueries.empty(),
                NumberStats.none(java.time.LocalDate.now()));

        assertEquals("", structuredData.forNumber(page));
    }
}
