package dk.ringtjek.report;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One person's experience with a call from a number. Never deleted; hidden by moderators. */
@Entity
@Table(name = "report")
public class Report extends PanacheEntityBase {

    public static final int COMMENT_MAX = 2000;
    public static final int CALLER_NAME_MAX = 100;

    @Id
    @SequenceGenerator(name = "report_seq", sequenceName = "report_seq", allocationSize = 50)
    @GeneratedValue(generator = "report_seq")
    public Long id;

    @Column(name = "number_id", nullable = false)
    public Long numberId;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public Rating rating;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public Category category;

    @NotNull
    @Size(max = COMMENT_MAX)
    @Column(nullable = false, length = COMMENT_MAX)
    public String comment;

    @Size(max = CALLER_NAME_MAX)
    @Column(name = "caller_name", length = CALLER_NAME_MAX)
    public String callerName;

    @Column(name = "called_on")
    public LocalDate calledOn;

    /** The time of day of the call, if the author gave it (the "when they call" heatmap). */
    @Column(name = "called_time")
    public LocalTime calledTime;

    /** Keyed hash of the client address; null once the retention period has passed. */
    @Column(name = "author_key", length = 64)
    public String authorKey;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public ReportStatus status = ReportStatus.VISIBLE;

    /** The author's latest visible report on the number: the only one of theirs that is scored. */
    @Column(nullable = false)
    public boolean counted;

    @Column(name = "score_value", nullable = false)
    public short scoreValue;

    @Column(name = "helpful_count", nullable = false)
    public int helpfulCount;

    @Column(name = "flag_count", nullable = false)
    public int flagCount;

    @Column(name = "hidden_reason", length = 30)
    public String hiddenReason;
}
