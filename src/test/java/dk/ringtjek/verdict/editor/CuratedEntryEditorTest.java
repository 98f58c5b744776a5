package dk.ringtjek.verdict.editor;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Consumer;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

import dk.ringtjek.account.StaffRole;
import dk.ringtjek.number.PhoneNumber;
import dk.ringtjek.support.StaffLogin;
import dk.ringtjek.support.StaffLogin.Session;
import dk.ringtjek.verdict.CuratedEntry;
import dk.ringtjek.verdict.SeedImporter;

@QuarkusTest
class CuratedEntryEditorTest {

    private static final String EDITOR = "entry-editor";
    private static final String PASSWORD = "entry-editor-password";
    private static final String NORLYS_E164 = "+4570114040";
    private static final String NORLYS_PAGE = "/nummer/70114040";
    private static final String NORLYS_EDITOR = "/redaktion/nummer/70114040";
    private static final String EDITED_SUMMARY = "Redaktionens nye resumé: Norlys ringer om din sag.";
    private static final String NEW_SOURCE = "Redaktionens egen kilde | https://example.org/norlys-kilde";

    @Inject
    SeedImporter importer;

    @BeforeAll
    static void account() {
        StaffLogin.ensureAccount(EDITOR, PASSWORD, StaffRole.EDITOR);
    }

    @AfterEach
    void restoreTheSeededNorlysEntry() {
        QuarkusTransaction.requiringNew().run(() -> {
            CuratedEntry entry = norlys();
            entry.origin = CuratedEntry.Origin.SEED;
            entry.seedHash = null;
        });
        importer.importSeed();
    }

    @Test
    void shouldShowAnEditOnThePublicPageAndKeepItWhenTheSeedIsImportedAgain() {
        Session editor = StaffLogin.login(EDITOR, PASSWORD).readForm(NORLYS_EDITOR);
        CuratedEntryForm form = currentForm();
        form.summary = EDITED_SUMMARY;
        form.sources = form.sources + "\n" + NEW_SOURCE;

        String flash = submit(editor, form, NORLYS_EDITOR)
                .then().statusCode(303).header("Location", endsWith(NORLYS_EDITOR))
                .extract().cookie("flash");

        io.restassured.RestAssured.given().when().get(NORLYS_PAGE)
                .then().statusCode(200)
                .body(containsString(EDITED_SUMMARY))
                .body(containsString("Redaktionens egen kilde"))
                .body(containsString("Norlys (tidligere Stofa)"));
        CuratedEntryVersion version = latestVersion();
        assertEquals(EDITOR, version.editor);
        assertEquals("summary,sources", version.changedFields);
        assertEquals(EDITED_SUMMARY, version.snapshot.summary());

        assertEquals(0, importer.importSeed(), "the seed importer leaves an edited entry alone");
        io.restassured.RestAssured.given().when().get(NORLYS_PAGE)
                .then().statusCode(200).body(containsString(EDITED_SUMMARY));

        editor.get().cookie("flash", flash).when().get(NORLYS_EDITOR)
                .then().statusCode(200)
                .body(containsString("Gemt. Den offentlige side viser nu det nye."))
                .body(containsString(EDITOR + ", "))
                .body(containsString("Resumé, Kilder"))
                .body(containsString(EDITED_SUMMARY));
    }

    @Test
    void shouldShowTheFormAgainWithMessagesAndTheTypedTextAndSaveNothingWhenInvalid() {
        Session editor = StaffLogin.login(EDITOR, PASSWORD).readForm(NORLYS_EDITOR);
        CuratedEntryForm form = currentForm();
        form.ownerName = " ";
        form.summary = EDITED_SUMMARY;
        form.contactChannels = "PHONE | 70 11 40 40 | Kundeservice\nFAX | 12 34 56 78";
        form.sources = "Kun en titel uden adresse | ftp://example.org";
        form.lastVerified = "31-12-2024";

        submit(editor, form, NORLYS_EDITOR)
                .then().statusCode(400)
                .body(containsString("Posten er ikke gemt"))
                .body(containsString("id=\"ownerName-error\" class=\"field-error\">Udfyld feltet."))
                .body(containsString("Linje 2: ukendt type"))
                .body(containsString("Linje 1: adressen skal begynde med https://"))
                .body(containsString("Skriv datoen som ÅÅÅÅ-MM-DD."))
                .body(containsString(EDITED_SUMMARY))
                .body(containsString("FAX | 12 34 56 78"))
                .body(containsString("value=\"31-12-2024\""));

        assertTrue(norlysSummary().startsWith("Norlys' eget nummer"), "nothing was saved");
        assertEquals(CuratedEntry.Origin.SEED, QuarkusTransaction.requiringNew().call(() -> norlys().origin));
    }

    @Test
    void shouldRefuseASaveFromAFormReadBeforeSomeoneElseSaved() {
        Session editor = StaffLogin.login(EDITOR, PASSWORD).readForm(NORLYS_EDITOR);
        CuratedEntryForm first = currentForm();
        CuratedEntryForm second = currentForm();
        first.summary = EDITED_SUMMARY;
        submit(editor, first, NORLYS_EDITOR).then().statusCode(303);

        second.summary = "Et senere resumé, skrevet på en gammel formular.";
        submit(editor, second, NORLYS_EDITOR)
                .then().statusCode(400).body(containsString("En anden har gemt posten"));
        assertEquals(EDITED_SUMMARY, norlysSummary());
    }

    @Test
    void shouldCreateAnEntryForANumberWithoutOne() {
        String page = "/redaktion/nummer/33123456";
        Session editor = StaffLogin.login(EDITOR, PASSWORD).readForm(page);
        editor.get().when().get(page).then().statusCode(200).body(containsString("ingen officiel information endnu"));
        CuratedEntryForm form = CuratedEntryForm.of(null);
        form.ownerName = "Testkommunen";
        form.summary = "Kommunens borgerservice.";
        form.callReasons = "Om din ansøgning\n\nOm dit pas";
        form.contactChannels = "website | https://example.org/kommune";
        form.sources = "Kommunens hjemmeside | https://example.org/kommune";

        submit(editor, form, page).then().statusCode(303);

        io.restassured.RestAssured.given().when().get("/nummer/33123456")
                .then().statusCode(200)
                .body(containsString("Testkommunen"))
                .body(containsString("<li>Om dit pas</li>"))
                .body(containsString("https://example.org/kommune"));
        editor.get().when().get(page).then().statusCode(200)
                .body(containsString("oprettet"))
                .body(not(containsString("ingen officiel information endnu")));
    }

    @Test
    void shouldOpenTheEditorOfAnyNumberSpelling() {
        Session editor = StaffLogin.login(EDITOR, PASSWORD);
        editor.get().queryParam("nummer", "+45 70 11 40 40").when().get("/redaktion")
                .then().statusCode(303).header("Location", endsWith(NORLYS_EDITOR));
        editor.get().when().get("/redaktion/nummer/{n}", "+4570114040")
                .then().statusCode(303).header("Location", endsWith(NORLYS_EDITOR));
        editor.get().queryParam("nummer", "ring mig").when().get("/redaktion")
                .then().statusCode(400).body(containsString("kun indeholde cifre"));
    }

    @Test
    void shouldShowTheSeededEnglishTextOfBothNorlysEntriesOnTheEnglishPage() {
        io.restassured.RestAssured.given().when().get("/en/number/70114040")
                .then().statusCode(200)
                .body(containsString("Norlys (formerly Stofa)"))
                .body(containsString("customer service and support line"))
                .body(containsString("Customer service, during opening hours"))
                .body(not(containsString("Only in Danish")));
        io.restassured.RestAssured.given().when().get("/en/number/88303030")
                .then().statusCode(200)
                .body(containsString("Norlys (formerly Stofa), technical support"))
                .body(containsString("A support line, not a sales line."))
                .body(not(containsString("Only in Danish")));
        io.restassured.RestAssured.given().when().get(NORLYS_PAGE)
                .then().statusCode(200)
                .body(containsString("Norlys (tidligere Stofa)"))
                .body(not(containsString("Norlys (formerly Stofa)")));
    }

    @Test
    void shouldKeepTheEditorsEnglishTextAndShowDanishWithANoteWhereItIsMissing() {
        Session editor = StaffLogin.login(EDITOR, PASSWORD).readForm(NORLYS_EDITOR);
        editor.get().when().get(NORLYS_EDITOR).then().statusCode(200)
                .body(containsString("<label for=\"summaryEn\">Resumé (engelsk)</label>"))
                .body(containsString("Norlys (formerly Stofa)"));
        CuratedEntryForm form = currentForm();
        form.summaryEn = "The editors' new English summary.";
        form.callReasonsEn = "";
        submit(editor, form, NORLYS_EDITOR).then().statusCode(303);

        io.restassured.RestAssured.given().when().get("/en/number/70114040")
                .then().statusCode(200)
                .body(containsString("The editors&#39; new English summary."))
                .body(containsString("Only in Danish: why they call."))
                .body(containsString("Fejlsøgning når internet, tv eller telefoni driller"));
        io.restassured.RestAssured.given().when().get(NORLYS_PAGE + "?lang=da")
                .then().statusCode(200)
                .body(not(containsString("new English summary")))
                .body(not(containsString("Kun på dansk")));
        assertEquals("summary-en,call-reasons-en", latestVersion().changedFields);
    }

    private static io.restassured.response.Response submit(Session editor, CuratedEntryForm form, String path) {
        RequestSpecification request = editor.post();
        List.of(
                field("ownerName", form.ownerName), field("verdict", form.verdict), field("summary", form.summary),
                field("callReasons", form.callReasons), field("salesNote", form.salesNote),
                field("verifyTips", form.verifyTips), field("prepareTips", form.prepareTips),
                field("contactChannels", form.contactChannels), field("sources", form.sources),
                field("lastVerified", form.lastVerified), field("version", form.version),
                field("ownerNameEn", form.ownerNameEn), field("summaryEn", form.summaryEn),
                field("callReasonsEn", form.callReasonsEn), field("salesNoteEn", form.salesNoteEn),
                field("verifyTipsEn", form.verifyTipsEn), field("prepareTipsEn", form.prepareTipsEn),
                field("contactChannelsEn", form.contactChannelsEn))
                .forEach(param -> param.accept(request));
        return request.when().post(path);
    }

    private static Consumer<RequestSpecification> field(String name, String value) {
        return request -> request.formParam(name, value == null ? "" : value);
    }

    private static CuratedEntryForm currentForm() {
        return QuarkusTransaction.requiringNew().call(() -> CuratedEntryForm.of(norlys()));
    }

    private static String norlysSummary() {
        return QuarkusTransaction.requiringNew().call(() -> norlys().summary);
    }

    private static CuratedEntryVersion latestVersion() {
        return QuarkusTransaction.requiringNew().call(
                () -> CuratedEntryVersion.findNewestForEntry(norlys().id, 1).get(0));
    }

    private static CuratedEntry norlys() {
        return CuratedEntry.findForNumber(PhoneNumber.findByE164(NORLYS_E164).orElseThrow().id).orElseThrow();
    }
}
