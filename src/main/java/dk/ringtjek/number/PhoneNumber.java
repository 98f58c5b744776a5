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

    public static Optional<PhoneNumber> findByE164(String e164) {
        return find("e164", e164).firstResultOptional();
    }
}
