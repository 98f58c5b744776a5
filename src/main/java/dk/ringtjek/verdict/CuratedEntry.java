package dk.ringtjek.verdict;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The official information editors keep about one number, in Danish and (field by field, where an
 * editor wrote it) in English; {@link ShownEntry} picks the text for a page's language.
 */
@Entity
@Table(name = "curated_entry")
public class CuratedEntry extends PanacheEntityBase {

    public static final int OWNER_MAX = 200;
    public static final int TEXT_MAX = 2000;

    /** Where the entry came from; an editor's entry is never overwritten by the seed file. */
    public enum Origin { SEED, EDITOR }

    @Id
    @SequenceGenerator(name = "curated_entry_seq", sequenceName = "curated_entry_seq", allocationSize = 50)
    @GeneratedValue(generator = "curated_entry_seq")
    public Long id;

    @Column(name = "number_id", nullable = false, unique = true)
    public Long numberId;

    @NotBlank
    @Size(max = OWNER_MAX)
    @Column(name = "owner_name", nullable = false, length = OWNER_MAX)
    public String ownerName;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public Verdict verdict;

    @NotBlank
    @Size(max = TEXT_MAX)
    @Column(nullable = false, length = TEXT_MAX)
    public String summary;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "call_reasons", nullable = false)
    public List<String> callReasons = new ArrayList<>();

    @Size(max = TEXT_MAX)
    @Column(name = "sales_note", length = TEXT_MAX)
    public String salesNote;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "verify_tips", nullable = false)
    public List<String> verifyTips = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "prepare_tips", nullable = false)
    public List<String> prepareTips = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "contact_channels", nullable = false)
    public List<ContactChannel> contactChannels = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Source> sources = new ArrayList<>();

    // The English text of each field above; empty means not translated (see ShownEntry).

    @Size(max = OWNER_MAX)
    @Column(name = "owner_name_en", length = OWNER_MAX)
    public String ownerNameEn;

    @Size(max = TEXT_MAX)
    @Column(name = "summary_en", length = TEXT_MAX)
    public String summaryEn;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "call_reasons_en", nullable = false)
    public List<String> callReasonsEn = new ArrayList<>();

    @Size(max = TEXT_MAX)
    @Column(name = "sales_note_en", length = TEXT_MAX)
    public String salesNoteEn;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "verify_tips_en", nullable = false)
    public List<String> verifyTipsEn = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "prepare_tips_en", nullable = false)
    public List<String> prepareTipsEn = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "contact_channels_en", nullable = false)
    public List<ContactChannel> contactChannelsEn = new ArrayList<>();

    @Column(name = "last_verified")
    public LocalDate lastVerified;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public Origin origin;

    @Column(name = "seed_hash", length = 64)
    public String seedHash;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt = OffsetDateTime.now();

    @Version
    public int version;

    public static Optional<CuratedEntry> findForNumber(long numberId) {
        return find("numberId", numberId).firstResultOptional();
    }
}
