package dk.ringtjek.number;

import java.time.OffsetDateTime;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A number somebody has written about, stored once under its E.164 form. */
@Entity
@Table(name = "phone_number")
public class PhoneNumber extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "phone_number_seq", sequenceName = "phone_number_seq", allocationSize = 50)
    @GeneratedValue(generator = "phone_number_seq")
    public Long id;

    @Column(nullable = false, unique = true, length = 20)
    public String e164;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    // The community aggregate: written only by report.AggregateUpdates in SQL, never by Hibernate.

    @Column(name = "report_count", insertable = false, updatable = false)
    public int reportCount;

    @Column(name = "people_count", insertable = false, updatable = false)
    public int peopleCount;

    @Column(name = "positive_count", insertable = false, updatable = false)
    public int positiveCount;

    @Column(name = "neutral_count", insertable = false, updatable = false)
    public int neutralCount;

    @Column(name = "negative_count", insertable = false, updatable = false)
    public int negativeCount;

    @Column(name = "value_sum", insertable = false, updatable = false)
    public double valueSum;

    @Column(name = "weight_sum", insertable = false, updatable = false)
    public double weightSum;

    @Column(name = "scored_at", insertable = false, updatable = false)
    public OffsetDateTime scoredAt;

    @Column(insertable = false, updatable = false)
    public Double score;

    @Column(name = "last_reported_at", insertable = false, updatable = false)
    public OffsetDateTime lastReportedAt;

    /** Reports waiting for a moderator (held), shown as a stub on the page. */
    @Column(name = "held_count", insertable = false, updatable = false)
    public int heldCount;

    /** Reports a moderator hid: the page links to the moderation log only when there are some. */
    @Column(name = "hidden_count", insertable = false, updatable = false)
    public int hiddenCount;

    /** Raised by every write that changes the number's page (NumberPageCache). */
    @Column(name = "page_version", insertable = false, updatable = false)
    public long pageVersion;

    public static Optional<PhoneNumber> findByE164(String e164) {
        return find("e164", e164).firstResultOptional();
    }
}
