package dk.ringtjek.api;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import dk.ringtjek.report.Category;
import dk.ringtjek.report.Rating;

@QuarkusTest
class ApiNumbersTest {

    private static final String REPORTED = "+4533445566";
    private static final String HIDDEN_TEXT = "Skjult-hemmelighed-7731";
    private static final String HIDDEN_CALLER = "Skjult-Navn-Hansen";
    private static final String HELD_TEXT = "Tilbageholdt-tekst-9912";
    private static final String HELD_CALLER = "Tilbageholdt-Navn-Jensen";
    private static final String UNREPORTED = "+4533445599";
    private static final String LOOKED_UP = "+4533445577";
    private static final String CHANGING = "+4533445588";
    private static final String BUSY = "+4533445578";
    private static final String LONDON = "+442079460000";
    private static final String UK_MOBILE = "+447400123456";

    @Inject
    ApiTestData data;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient();
    }

    @Test
    void shouldAnswerEverySpellingOfANumberWithTheSameCanonicalNumber() {
        for (String spelling : List.of("33445599", "+45 33 44 55 99", "0045-33445599", "(+45) 33-44-55-99", "4533445599")) {
            api.request().get("/api/v1/numbers/{n}", spelling).then().statusCode(200)
                    .body("e164", equalTo(UNREPORTED)).body("national", equalTo("33 44 55 99"))
                    .body("facts.country", equalTo("DK"));
        }
    }

    @Test
    void shouldAnswerAValidNumberNobodyReportedWithEmptyCrowdData() {
        api.request().get("/api/v1/numbers/{n}", UNREPORTED).then().statusCode(200)
                .body("community.people", equalTo(0)).body("community.reports", equalTo(0))
                .body("community.label", equalTo("UNRATED")).body("community.score", nullValue())
                .body("community.categories", hasSize(0)).body("curated", nullValue())
                .body("lookups.total", equalTo(0));
        api.request().get("/api/v1/numbers/{n}/reports", UNREPORTED).then().statusCode(200)
                .body("reports", hasSize(0)).body("next", nullValue());
    }

    @Test
    void shouldGiveFactsOfOtherCountriesWithAreaAndOriginalOperator() {
        api.request().get("/api/v1/numbers/{n}", LONDON).then().statusCode(200)
                .body("facts.country", equalTo("GB")).body("facts.type", equalTo("fixed-line"))
                .body("facts.area", equalTo("London")).body("international", equalTo("+44 20 7946 0000"));
        api.request().get("/api/v1/numbers/{n}", UK_MOBILE).then().statusCode(200)
                .body("facts.type", equalTo("mobile")).body("facts.originalOperator", notNullValue());
    }

    @Test
    void shouldExplainTheDanishRangeInBothLanguages() {
        api.request().get("/api/v1/numbers/{n}", "70114040").then().statusCode(200)
                .body("facts.rangeMeaning.language", equalTo(List.of("da", "en")))
                .body("facts.typeText.language", equalTo(List.of("da", "en")));
    }

    @Test
    void shouldRefuseTextThatIsNoNumberAsProblemDetailsWithTheReason() {
        api.request().get("/api/v1/numbers/{n}", "12").then().statusCode(400)
                .contentType(ApiProblem.MEDIA_TYPE).body("status", equalTo(400))
                .body("type", equalTo("/api#problem-invalid-number")).body("reason", equalTo("too-short"))
                .body("detail", equalTo("The number is too short."));
        api.request().get("/api/v1/numbers/{n}", "ring mig").then().statusCode(400)
                .body("reason", equalTo("invalid-characters"));
        api.request().get("/api/v1/numbers/{n}/reports?limit=0", UNREPORTED).then().statusCode(400)
                .body("type", equalTo("/api#problem-invalid-parameter"));
    }

    @Test
    void shouldAnswerUnknownApiPathsWith404ProblemDetails() {
        api.request().get("/api/v1/nothing-here").then().statusCode(404).contentType(ApiProblem.MEDIA_TYPE)
                .body("status", equalTo(404));
    }

    @Test
    void shouldAllowAnyOriginAndPublicCaching() {
        api.request().header("Origin", "https://app.example").get("/api/v1/numbers/{n}", UNREPORTED).then()
                .statusCode(200).header("Access-Control-Allow-Origin", "*")
                .header("Cache-Control", "public, max-age=60").header("Set-Cookie", nullValue());
    }

    @Test
    void shouldKeepTheAnswerUntilTheNumberChangesAndThenAnswerTheChangeAtOnce() {
        long first = data.report(CHANGING, "api-change-a", Rating.NEGATIVE, Category.SALES, "Sælger el", null);
        String tag = api.request().get("/api/v1/numbers/{n}", CHANGING).then().statusCode(200)
                .body("community.reports", equalTo(1)).header("ETag", notNullValue()).extract().header("ETag");
        api.request().header("If-None-Match", tag).get("/api/v1/numbers/{n}", CHANGING).then().statusCode(304)
                .header("Cache-Control", "public, max-age=60");

        data.report(CHANGING, "api-change-b", Rating.NEGATIVE, Category.SCAM_PHISHING, "Ville have mit NemID", null);
        String second = api.request().header("If-None-Match", tag).get("/api/v1/numbers/{n}", CHANGING).then()
                .statusCode(200).body("community.reports", equalTo(2)).extract().header("ETag");
        data.hide(first, "PERSONAL_DATA");
        api.request().header("If-None-Match", second).get("/api/v1/numbers/{n}", CHANGING).then()
                .statusCode(200).body("community.reports", equalTo(1))
                .body("community.categories.category", equalTo(List.of("SCAM_PHISHING")));
    }

    @Test
    void shouldBuildTheAnswerFromTheNumbersSummaryAloneInThreeStatements() {
        data.complaints(BUSY, dk.ringtjek.report.CrowdView.EXPERIENCES_FROM, Category.SALES);
        NumberApiService answers = io.quarkus.arc.Arc.container().instance(NumberApiService.class).get();
        org.hibernate.stat.Statistics statistics = io.quarkus.arc.Arc.container()
                .instance(jakarta.persistence.EntityManager.class).get().getEntityManagerFactory()
                .unwrap(org.hibernate.SessionFactory.class).getStatistics();
        boolean enabled = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        try {
            statistics.clear();
            io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> answers.numberOf(BUSY));
            // the number with its verdict, the category counts, the lookups: no report list, history or owner
            assertEquals(3, statistics.getPrepareStatementCount(), "statements for one answer");
        } finally {
            statistics.setStatisticsEnabled(enabled);
        }
        api.request().get("/api/v1/numbers/{n}", BUSY).then().statusCode(200)
                .body("community.reports", equalTo(dk.ringtjek.report.CrowdView.EXPERIENCES_FROM))
                .body("community.categories.category", equalTo(List.of("SALES")));
    }

    @Test
    void shouldSendTheAnswerCompressedToAClientThatTakesGzip() {
        api.request().header("Accept-Encoding", "gzip").get("/api/v1/numbers/{n}", UNREPORTED).then()
                .statusCode(200).header("Content-Encoding", "gzip").contentType("application/json")
                .body("e164", equalTo(UNREPORTED));
    }

    @Test
    void shouldPageReportsNewestFirstAndShowHiddenAndHeldOnlyAsStubs() throws Exception {
        data.report(REPORTED, "api-a", Rating.NEGATIVE, Category.SALES, "Første opkald om el", null);
        long hidden = data.report(REPORTED, "api-b", Rating.NEGATIVE, Category.SALES, HIDDEN_TEXT, HIDDEN_CALLER);
        long held = data.report(REPORTED, "api-c", Rating.NEGATIVE, Category.SALES, HELD_TEXT, HELD_CALLER);
        data.report(REPORTED, "api-d", Rating.POSITIVE, Category.CUSTOMER_SERVICE, "Venlig kundeservice", "Mette");
        data.hide(hidden, "PERSONAL_DATA");
        data.hold(held);

        var first = api.request().get("/api/v1/numbers/{n}/reports?limit=2", REPORTED).then().statusCode(200)
                .body("reports", hasSize(2)).body("reports[0].comment", equalTo("Venlig kundeservice"))
                .body("reports[1].status", equalTo("HELD")).body("reports[1].comment", nullValue())
                .body("reports[1].stub.language", equalTo(List.of("da", "en")))
                .body("next", notNullValue()).extract();
        api.request().get("/api/v1/numbers/{n}/reports?limit=2&cursor={c}", REPORTED, first.path("next")).then()
                .statusCode(200).body("reports", hasSize(2))
                .body("reports[0].status", equalTo("HIDDEN")).body("reports[0].hiddenReason", equalTo("PERSONAL_DATA"))
                .body("reports[0].callerName", nullValue())
                .body("reports[1].comment", equalTo("Første opkald om el")).body("next", nullValue());

        api.request().get("/api/v1/numbers/{n}", REPORTED).then().statusCode(200)
                .body("community.people", equalTo(2)).body("community.reports", equalTo(2))
                .body("community.ratings.positive", equalTo(1)).body("community.ratings.negative", equalTo(1))
                .body("community.lastReportedAt", notNullValue())
                .body("community.categories.category", hasItem("SALES"));
        String hash = sha256(REPORTED);
        api.request().get("/api/v1/lookup/{p}", hash.substring(0, 6)).then().statusCode(200)
                .body("numbers.e164", hasItem(REPORTED));
        api.request().get("/api/v1/blocklist?format=json").then().statusCode(200);
        api.request().get("/api/v1/blocklist?format=csv").then().statusCode(200);
        api.request().get("/api/v1/blocklist?format=vcf").then().statusCode(200);

        assertTrue(api.bodies().size() >= 7);
        for (String body : api.bodies()) {
            for (String secret : List.of(HIDDEN_TEXT, HIDDEN_CALLER, HELD_TEXT, HELD_CALLER)) {
                assertFalse(body.contains(secret), "an API answer showed " + secret + ": " + body);
            }
        }
    }

    @Test
    void shouldFindANumberByTheFirstCharactersOfItsHashWithoutBeingTold() throws Exception {
        data.report(LOOKED_UP, "api-lookup", Rating.NEGATIVE, Category.SALES, "Om opslag", null);
        String hash = sha256(LOOKED_UP);
        for (int length = LookupService.MIN_PREFIX; length <= LookupService.MAX_PREFIX; length++) {
            api.request().get("/api/v1/lookup/{p}", hash.substring(0, length).toUpperCase()).then().statusCode(200)
                    .body("numbers.e164", hasItem(LOOKED_UP)).body("numbers.sha256", hasItem(hash))
                    .body("numbers.find { it.e164 == '" + LOOKED_UP + "' }.label", equalTo("MIXED"));
        }
        String other = hash.charAt(0) == 'f' ? "00000" : "fffff";
        api.request().get("/api/v1/lookup/{p}", other).then().statusCode(200)
                .body("numbers.e164", org.hamcrest.Matchers.not(hasItem(LOOKED_UP)));
        api.request().get("/api/v1/lookup/{p}", "abcd").then().statusCode(400)
                .body("type", equalTo("/api#problem-invalid-prefix"));
        api.request().get("/api/v1/lookup/{p}", "abcdefgh").then().statusCode(400);
    }

    @Test
    void shouldPublishTheOpenApiDocumentWithOnlyTheApi() {
        var document = api.request().accept("application/json").get("/q/openapi").then().statusCode(200).extract();
        java.util.Map<String, Object> paths = document.path("paths");
        assertEquals(java.util.Set.of("/api/v1/numbers/{number}", "/api/v1/numbers/{number}/reports",
                "/api/v1/lookup/{prefix}", "/api/v1/blocklist"), paths.keySet(), "only the API, not the HTML pages");
        assertEquals("CC BY 4.0", document.path("info.license.name"));
    }

    @Test
    void shouldDocumentEveryValueOfTheEnumsItAnswers() {
        var document = api.request().accept("application/json").get("/q/openapi").then().extract();
        java.util.Map<String, Class<? extends Enum<?>>> enums = java.util.Map.of(
                "Community.properties.label", dk.ringtjek.report.CommunityScore.Label.class,
                "Community.properties.confidence", dk.ringtjek.report.CommunityScore.Strength.class,
                "CategoryShare.properties.category", Category.class,
                "Curated.properties.verdict", dk.ringtjek.verdict.Verdict.class,
                "Channel.properties.type", dk.ringtjek.verdict.ContactChannel.Type.class,
                "Report.properties.status", dk.ringtjek.report.ReportStatus.class,
                "Report.properties.rating", Rating.class,
                "Report.properties.hiddenReason", dk.ringtjek.report.HideReason.class);
        enums.forEach((path, type) -> assertEquals(
                java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList(),
                document.path("components.schemas." + path + ".enum"), path));
    }

    @Test
    void shouldExplainTheApiToPeopleInBothLanguages() {
        io.restassured.RestAssured.given().get("/api").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("Åbne data"))
                .body(org.hamcrest.Matchers.containsString("/q/openapi"))
                .body(org.hamcrest.Matchers.containsString("GET /api/v1/numbers/{number}"));
        io.restassured.RestAssured.given().get("/en/api").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("Open data"))
                .body(org.hamcrest.Matchers.containsString("CC BY 4.0"));
    }

    static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

}
