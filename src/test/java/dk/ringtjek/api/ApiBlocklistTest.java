package dk.ringtjek.api;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.property.Telephone;
import io.quarkus.test.junit.QuarkusTest;

import dk.ringtjek.report.BlocklistMembership;
import dk.ringtjek.report.Category;
import dk.ringtjek.support.TestDatabase;

@QuarkusTest
class ApiBlocklistTest {

    private static final String ANNOYING = "+4535150001";
    private static final String SCAM = "+4535150002";
    private static final String LEGITIMATE = "+4535150003";
    private static final String TOO_FEW = "+4535150004";
    private static final String IMPORTED = "+4535150005";
    private static final String CONTACT = "Ringtjek: uønskede opkald";

    @Inject
    ApiTestData data;

    @Inject
    TestDatabase db;

    @Inject
    BlocklistMembership membership;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient();
    }

    @Test
    void shouldListAnnoyingNumbersWithEnoughReportsButNeverLegitimateOnesAndTellExactlyWhatChanged() throws Exception {
        long start = version(api.request().get("/api/v1/blocklist").then().statusCode(200).extract().path("version"));

        data.complaints(ANNOYING, 4, Category.SALES);      // -4 / (2 + 4): annoying, weight 4
        data.curated(LEGITIMATE, "LEGITIMATE");            // the editors' word beats the crowd's
        data.complaints(LEGITIMATE, 4, Category.SALES);
        data.complaints(TOO_FEW, 2, Category.SALES);        // annoying, but weight 2: not sure enough
        var afterAdding = api.request().get("/api/v1/blocklist?since={v}", start).then().statusCode(200)
                .body("since", equalTo((int) start)).extract();
        assertEquals(List.of(ANNOYING), afterAdding.path("numbers.e164"));
        assertEquals(List.of("ANNOYING"), afterAdding.path("numbers.label"));
        assertEquals(List.of(), afterAdding.path("removed"));
        long added = version(afterAdding.path("version"));
        assertEquals(String.valueOf(added), afterAdding.header(BlocklistResource.VERSION_HEADER));

        data.complaints(SCAM, 4, Category.SCAM_PHISHING);  // -8 / (2 + 4): dangerous
        data.curated(ANNOYING, "LEGITIMATE");              // comes off the list
        var changes = api.request().get("/api/v1/blocklist?since={v}", added).then().statusCode(200).extract();
        assertEquals(List.of(SCAM), changes.path("numbers.e164"));
        assertEquals(List.of("DANGEROUS"), changes.path("numbers.label"));
        assertEquals(List.of(ANNOYING), changes.path("removed"));
        long latest = version(changes.path("version"));

        api.request().get("/api/v1/blocklist?since={v}", latest).then().statusCode(200)
                .body("numbers.size()", equalTo(0)).body("removed.size()", equalTo(0));
        List<String> all = api.request().get("/api/v1/blocklist").then().statusCode(200).extract().path("numbers.e164");
        assertTrue(all.contains(SCAM));
        assertFalse(all.contains(ANNOYING) || all.contains(LEGITIMATE) || all.contains(TOO_FEW), all.toString());
    }

    @Test
    void shouldAnswer304WhileTheListIsUnchanged() {
        var first = api.request().get("/api/v1/blocklist?format=csv").then().statusCode(200).extract();
        String etag = first.header("ETag");
        api.request().header("If-None-Match", etag).get("/api/v1/blocklist?format=csv").then().statusCode(304);
        api.request().header("If-None-Match", etag).get("/api/v1/blocklist?format=json").then().statusCode(200);
        data.complaints("+4535150009", 4, Category.SALES);
        api.request().header("If-None-Match", etag).get("/api/v1/blocklist?format=csv").then().statusCode(200);
    }

    @Test
    void shouldExportOneVCardContactWithEveryListedNumber() {
        data.complaints("+4535150011", 4, Category.WANGIRI);
        data.complaints("+4535150012", 5, Category.SALES);
        String body = api.request().get("/api/v1/blocklist?format=vcf").then().statusCode(200)
                .contentType("text/vcard; charset=utf-8").extract().asString();
        List<VCard> cards = Ezvcard.parse(body).all();
        assertEquals(1, cards.size());
        assertEquals(CONTACT, cards.get(0).getFormattedName().getValue());
        List<String> numbers = cards.get(0).getTelephoneNumbers().stream().map(Telephone::getText).toList();
        assertTrue(numbers.containsAll(List.of("+4535150011", "+4535150012")), numbers.toString());
        assertEquals(numbers.size(), numbers.stream().distinct().count());
        api.request().get("/api/v1/blocklist?format=vcf&since=1").then().statusCode(400)
                .body("type", equalTo("/api#problem-invalid-parameter"));
    }

    @Test
    void shouldExportCsvThatACsvParserReads() throws Exception {
        data.complaints("+4535150021", 4, Category.SALES);
        String body = api.request().get("/api/v1/blocklist?format=csv").then().statusCode(200).extract().asString();
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(body)).getRecords();
        Map<String, CSVRecord> byNumber = rows.stream().collect(Collectors.toMap(r -> r.get("e164"), r -> r));
        CSVRecord row = byNumber.get("+4535150021");
        assertEquals("added", row.get("change"));
        assertEquals("ANNOYING", row.get("label"));
        assertTrue(Integer.parseInt(row.get("score")) < 35);
    }

    @Test
    void shouldRepairMembershipOfScoresWrittenWithoutTheApplication() {
        long id = db.numberId(IMPORTED);
        db.execute("update phone_number set people_count = 5, report_count = 5, negative_count = 5, "
                + "value_sum = -5, weight_sum = 5, score = -5.0 / 7, scored_at = now() where id = ?", id);
        assertEquals(1, membership.reconcile());
        List<String> listed = api.request().get("/api/v1/blocklist").then().statusCode(200).extract().path("numbers.e164");
        assertTrue(listed.contains(IMPORTED));
        assertEquals(0, membership.reconcile());
        db.execute("update phone_number set value_sum = 0, score = 0 where id = ?", id);
        assertEquals(1, membership.reconcile());
        assertEquals(0, db.queryLong("select count(*) from blocklist_entry where number_id = ? and listed", id));
    }

    @Test
    void shouldRefuseAnUnknownFormatOrAVersionNeverGiven() {
        api.request().get("/api/v1/blocklist?format=xml").then().statusCode(400);
        api.request().get("/api/v1/blocklist?since=99999999999").then().statusCode(400);
        api.request().get("/api/v1/blocklist?since=abc").then().statusCode(400);
    }

    private static long version(Object value) {
        return ((java.lang.Number) value).longValue();
    }
}
