package dk.ringtjek.verdict.editor;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import dk.ringtjek.number.Number;
import dk.ringtjek.number.NumberChanges;
import dk.ringtjek.number.PhoneNumber;
import dk.ringtjek.number.PhoneNumberRepository;
import dk.ringtjek.report.BlocklistMembership;
import dk.ringtjek.verdict.CuratedEntry;

/**
 * Reads and saves curated entries for the editors. A save writes the whole entry and a version row in
 * one transaction, marks the entry as the editors' (so the seed file never overwrites it), and is refused
 * when someone else saved since the form was read.
 */
@ApplicationScoped
public class CuratedEntryEditor {

    static final int VERSIONS_SHOWN = 20;
    static final int RECENT_SHOWN = 20;

    /** How a save went. */
    public enum Outcome { SAVED, CONFLICT }

    /** A recent save anywhere, for the editors' start page. */
    public record RecentEdit(String e164, String ownerName, String editor, OffsetDateTime at) {
    }

    private final PhoneNumberRepository numbers;
    private final EntityManager em;
    private final NumberChanges changes;
    private final BlocklistMembership blocklist;

    public CuratedEntryEditor(PhoneNumberRepository numbers, EntityManager em, NumberChanges changes,
            BlocklistMembership blocklist) {
        this.numbers = numbers;
        this.em = em;
        this.changes = changes;
        this.blocklist = blocklist;
    }

    @Transactional
    public Optional<CuratedEntry> find(Number number) {
        return PhoneNumber.findByE164(number.e164()).flatMap(phone -> CuratedEntry.findForNumber(phone.id));
    }

    @Transactional
    public List<CuratedEntryVersion> versions(CuratedEntry entry) {
        return CuratedEntryVersion.findNewestForEntry(entry.id, VERSIONS_SHOWN);
    }

    /** Saves a valid form for the number, creating the entry (and the number's row) if needed. */
    @Transactional
    public Outcome save(Number number, CuratedEntryForm form, String editor) {
        long numberId = numbers.idOf(number);
        // one save per number at a time: the version check below and the write are then one step
        em.find(PhoneNumber.class, numberId, LockModeType.PESSIMISTIC_WRITE);
        CuratedEntry entry = CuratedEntry.findForNumber(numberId).orElse(null);
        int current = entry == null ? CuratedEntryForm.NEW_ENTRY : entry.version;
        if (form.expectedVersion() != current) {
            return Outcome.CONFLICT;
        }
        EntrySnapshot before = entry == null ? null : EntrySnapshot.of(entry);
        if (entry == null) {
            entry = new CuratedEntry();
            entry.numberId = numberId;
        }
        form.applyTo(entry);
        entry.origin = CuratedEntry.Origin.EDITOR;
        entry.updatedAt = OffsetDateTime.now();
        entry.persist();

        CuratedEntryVersion version = new CuratedEntryVersion();
        version.entryId = entry.id;
        version.editor = editor;
        version.snapshot = EntrySnapshot.of(entry);
        version.changedFields = before == null ? CuratedEntryVersion.CREATED
                : String.join(",", version.snapshot.changedSince(before));
        version.persist();
        blocklist.sync(numberId); // a verdict of legitimate takes the number off the blocklist
        changes.changed(number.e164());
        return Outcome.SAVED;
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public List<RecentEdit> recentEdits() {
        List<Object[]> rows = em.createNativeQuery("""
                select p.e164, e.owner_name, v.editor, v.created_at
                from curated_entry_version v
                join curated_entry e on e.id = v.entry_id
                join phone_number p on p.id = e.number_id
                order by v.created_at desc, v.id desc
                """).setMaxResults(RECENT_SHOWN).getResultList();
        return rows.stream().map(row -> new RecentEdit((String) row[0], (String) row[1], (String) row[2],
                toOffsetDateTime(row[3]))).toList();
    }

    private static OffsetDateTime toOffsetDateTime(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time;
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        return ((Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }
}
