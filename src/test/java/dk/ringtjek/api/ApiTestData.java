package dk.ringtjek.api;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;

import dk.ringtjek.number.NumberNormaliser;
import dk.ringtjek.number.PhoneNumber;
import dk.ringtjek.report.BlocklistMembership;
import dk.ringtjek.report.Category;
import dk.ringtjek.report.Rating;
import dk.ringtjek.report.Report;
import dk.ringtjek.report.ReportInput;
import dk.ringtjek.report.ReportService;
import dk.ringtjek.report.ReportStatus;
import dk.ringtjek.support.TestDatabase;

/** Reports and official entries for the API tests, written through the application's own services. */
@ApplicationScoped
class ApiTestData {

    private final ReportService reports;
    private final NumberNormaliser normaliser;
    private final TestDatabase db;
    private final BlocklistMembership membership;

    ApiTestData(ReportService reports, NumberNormaliser normaliser, TestDatabase db, BlocklistMembership membership) {
        this.reports = reports;
        this.normaliser = normaliser;
        this.db = db;
        this.membership = membership;
    }

    /** A report from the author {@code author}; returns its id. */
    long report(String e164, String author, Rating rating, Category category, String comment, String callerName) {
        Report report = reports.submit(normaliser.normalise(e164),
                new ReportInput(rating, category, comment, callerName, null), author);
        return report.id;
    }

    /** {@code count} complaints of one category from different authors. */
    void complaints(String e164, int count, Category category) {
        for (int i = 0; i < count; i++) {
            report(e164, e164 + "-author-" + i, Rating.NEGATIVE, category, "Ringede igen og igen " + i, null);
        }
    }

    void hide(long reportId, String reason) {
        reports.changeStatus(reportId, ReportStatus.HIDDEN, reason);
    }

    void hold(long reportId) {
        reports.changeStatus(reportId, ReportStatus.HELD, null);
    }

    /** An official entry with the given verdict, as an editor's save would leave it (membership included). */
    void curated(String e164, String verdict) {
        long id = db.numberId(e164);
        db.execute("""
                insert into curated_entry (id, number_id, owner_name, verdict, summary, origin, last_verified)
                values (nextval('curated_entry_seq'), ?, 'Testfirma A/S', ?, 'Ringer om din aftale.', 'EDITOR', current_date)
                on conflict (number_id) do update set verdict = excluded.verdict
                """, id, verdict);
        QuarkusTransaction.requiringNew().run(() -> membership.sync(id));
    }

    long idOf(String e164) {
        return QuarkusTransaction.requiringNew().call(() -> PhoneNumber.findByE164(e164).orElseThrow().id);
    }
}
