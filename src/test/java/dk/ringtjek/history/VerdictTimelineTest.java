package dk.ringtjek.history;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import dk.ringtjek.number.NumberNormaliser;
import dk.ringtjek.number.NumberPageService;
import dk.ringtjek.number.PhoneNumber;
import dk.ringtjek.support.TestDatabase;
import dk.ringtjek.verdict.CuratedEntry;
import dk.ringtjek.verdict.editor.CuratedEntryEditor;
import dk.ringtjek.verdict.editor.CuratedEntryForm;

/**
 * The editors' verdicts over time are a public timeline on the number page, with dates and without
 * who saved them; and the number's whole story costs the page one query.
 */
@QuarkusTest
class VerdictTimelineTest {

    private static final String NUMBER = "30418101";
    private static final String EDITOR = "timeline-editor-name";
    private static final OffsetDateTime FIRST_SAVE = LocalDate.of(2025, 3, 3).atTime(LocalTime.NOON).atOffset(ZoneOffset.UTC);
    private static final OffsetDateTime SECOND_SAVE = LocalDate.of(2026, 11, 1).atTime(LocalTime.NOON).atOffset(ZoneOffset.UTC);

    @Inject
    CuratedEntryEditor editor;

    @Inject
    NumberNormaliser normaliser;

    @Inject
    NumberPageService pages;

    @Inject
    HistoryService history;

    @Inject
    EntityManager em;

    @Inject
    TestDatabase db;

    @Test
    void shouldShowTheVerdictsOverTimeWithDatesAndWithoutTheEditor() {
        var number = normaliser.normalise(NUMBER);
        CuratedEntryForm form = CuratedEntryForm.of(null);
        form.ownerName = "Tidslinje A/S";
        form.summary = "Ringer om aftaler.";
        form.verdict = "SALES";
        form.lastVerified = null;
        assertEquals(CuratedEntryEditor.Outcome.SAVED, editor.save(number, form, EDITOR));
        CuratedEntryForm again = CuratedEntryForm.of(editor.find(number).orElseThrow());
        again.summary = "Ringer om aftaler, og kun om dem.";
        // a save that keeps the verdict starts no new period
        assertEquals(CuratedEntryEditor.Outcome.SAVED, editor.save(number, again, EDITOR));
        CuratedEntryForm legitimate = CuratedEntryForm.of(editor.find(number).orElseThrow());
        legitimate.verdict = "LEGITIMATE";
        assertEquals(CuratedEntryEditor.Outcome.SAVED, editor.save(number, legitimate, EDITOR));
        long entry = editor.find(number).orElseThrow().id;
        db.execute("""
                update curated_entry_version set created_at = case when id = (select max(id) from curated_entry_version
                    where entry_id = ?) then ? else ? end where entry_id = ?""", entry, SECOND_SAVE, FIRST_SAVE, entry);
        db.execute("update phone_number set page_version = page_version + 1 where e164 = ?", number.e164());

        given().get("/nummer/" + NUMBER).then().statusCode(200)
                .body(containsString("Legitim siden 1. november 2026"))
                .body(containsString("Tidligere vurderinger"))
                .body(containsString("Salg: 3. marts 2025 – 1. november 2026"))
                .body(not(containsString(EDITOR)));
        given().get("/en/number/" + NUMBER).then().statusCode(200)
                .body(containsString("Legitimate since"))
                .body(not(containsString(EDITOR)));
    }

    @Test
    void shouldReadTheWholeHistoryInOneStatement() {
        String e164 = "+4530418102";
        db.execute("insert into phone_number (id, e164) values (nextval('phone_number_seq'), ?)", e164);
        PhoneNumber number = QuarkusTransaction.requiringNew().call(() -> PhoneNumber.findByE164(e164).orElseThrow());
        Statistics statistics = em.getEntityManagerFactory().unwrap(SessionFactory.class).getStatistics();
        boolean enabled = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        try {
            statistics.clear();
            QuarkusTransaction.requiringNew().run(() -> history.historyOf(number, 42L));
            assertEquals(1, statistics.getPrepareStatementCount(), "the weeks, call times and verdicts: one query");
        } finally {
            statistics.setStatisticsEnabled(enabled);
        }
    }
}
