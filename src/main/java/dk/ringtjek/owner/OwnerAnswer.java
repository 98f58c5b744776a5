package dk.ringtjek.owner;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A verified owner's answer to one report, shown under it; moderators can hide it (never deleted). */
@Entity
@Table(name = "owner_answer")
public class OwnerAnswer extends PanacheEntityBase {

    public static final int BODY_MAX = 2000;

    @Id
    @SequenceGenerator(name = "owner_answer_seq", sequenceName = "owner_answer_seq", allocationSize = 50)
    @GeneratedValue(generator = "owner_answer_seq")
    public Long id;

    @Column(name = "report_id", nullable = false, unique = true)
    public Long reportId;

    @Column(name = "number_id", nullable = false)
    public Long numberId;

    @Column(name = "account_id", nullable = false)
    public Long accountId;

    @Column(name = "owner_name", nullable = false, length = OwnerClaim.NAME_MAX)
    public String ownerName;

    @Column(nullable = false, length = BODY_MAX)
    public String body;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(nullable = false)
    public boolean hidden;

    @Column(name = "hidden_reason", length = 20)
    public String hiddenReason;
}
