package dk.ringtjek.verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import dk.ringtjek.number.PhoneNumber;

@QuarkusTest
class SeedImporterTest {

    private static final String TECH_SUPPORT = "+4588303030";
    private static final String SEEDED_OWNER = "Norlys (tidligere Stofa), teknisk support";

    @Inject
    SeedImporter importer;

    @Test
    void shouldLeaveUnchangedEntriesAloneOnTheNextStart() {
        assertEquals(0, importer.importSeed());
    }

    @Test
    void shouldUpdateASeededEntryWhenTheFileChanged() {
        update(entry -> {
            entry.seedHash = "an older version of the file";
            entry.ownerName = "Old name";
        });
        assertEquals(1, importer.importSeed());
        assertEquals(SEEDED_OWNER, read().ownerName);
    }

    @Test
    void shouldNeverOverwriteAnEntryAnEditorChanged() {
        update(entry -> {
            entry.origin = CuratedEntry.Origin.EDITOR;
            entry.seedHash = "an older version of the file";
            entry.ownerName = "Edited by an editor";
        });
        try {
            assertEquals(0, importer.importSeed());
            assertEquals("Edited by an editor", read().ownerName);
        } finally {
            update(entry -> {
                entry.origin = CuratedEntry.Origin.SEED;
                entry.seedHash = null;
            });
            importer.importSeed();
        }
    }

    private static void update(java.util.function.Consumer<CuratedEntry> change) {
        QuarkusTransaction.requiringNew().run(() -> change.accept(find()));
    }

    private static CuratedEntry read() {
        return QuarkusTransaction.requiringNew().call(SeedImporterTest::find);
    }

    private static CuratedEntry find() {
        long id = PhoneNumber.findByE164(TECH_SUPPORT).orElseThrow().id;
        return CuratedEntry.findForNumber(id).orElseThrow();
    }
}
