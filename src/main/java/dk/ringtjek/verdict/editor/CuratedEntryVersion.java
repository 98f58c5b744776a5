package dk.ringtjek.verdict.editor;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One save of a curated entry by an editor: who, when, the entry as saved and what changed. Never edited. */
@Entity
@Immutable
@Table(name = "curated_entry_version")
public class CuratedEntryVersion extends PanacheEntityBase {

    /** The changed-fields text of the first save of an entry. */
    public static final String CREATED = "created";

    @Id
    @SequenceGenerator(name = "curated_entry_version_seq", sequenceName = "curated_entry_version_seq",
            allocationSize = 50)
    @GeneratedValue(generator = "curated_entry_version_seq")
    public Long id;

    @Column(name = "entry_id", nullable = false)
    public Long entryId;

    @Column(nullable = false, length = 60)
    public String editor;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt = OffsetDateTime.now();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public EntrySnapshot snapshot;

    /** Comma-separated field names (EntrySnapshot.FIELDS), or "created". */
    @Column(name = "changed_fields", nullable = false, length = 500)
    public String changedFields;

    /** The message keys of what changed, for the version list. */
    public List<String> changeKeys() {
        return List.of(changedFields.split(",")).stream().filter(field -> !field.isBlank())
                .map(field -> "editor.field." + field).toList();
    }

    public static List<CuratedEntryVersion> findNewestForEntry(long entryId, int limit) {
        return find("entryId = ?1 order by createdAt desc, id desc", entryId).page(0, limit).list();
    }
}
