package dk.ringtjek.owner;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The one dated statement a verified owner pins above a number's reports; a new one replaces it, an
 * editor can remove it. {@code spoofed}: the owner says others call with the number shown.
 */
@Entity
@Table(name = "owner_notice")
public class OwnerNotice extends PanacheEntityBase {

    public static final int BODY_MAX = 1000;

    @Id
    @Column(name = "number_id")
    public Long numberId;

    @Column(name = "account_id", nullable = false)
    public Long accountId;

    @Column(name = "owner_name", nullable = false, length = OwnerClaim.NAME_MAX)
    public String ownerName;

    @Column(nullable = false, length = BODY_MAX)
    public String body;

    @Column(nullable = false)
    public boolean spoofed;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
