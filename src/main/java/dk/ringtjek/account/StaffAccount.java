package dk.ringtjek.account;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.qute.TemplateData;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.PasswordType;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;

/**
 * A moderator's, editor's or admin's login. quarkus-security-jpa reads it to check passwords (bcrypt,
 * in Modular Crypt Format) and to give the session its roles.
 */
@Entity
@Table(name = "staff_account")
@UserDefinition
@TemplateData(namespace = "StaffAccount")
public class StaffAccount extends PanacheEntityBase {

    public static final int USERNAME_MIN = 3;
    public static final int USERNAME_MAX = 60;
    /** Letters, digits and . _ - only, lower case: usernames end up in URLs and logs. */
    public static final String USERNAME_PATTERN = "[a-z0-9._-]{" + USERNAME_MIN + "," + USERNAME_MAX + "}";

    @Id
    @SequenceGenerator(name = "staff_account_seq", sequenceName = "staff_account_seq", allocationSize = 50)
    @GeneratedValue(generator = "staff_account_seq")
    public Long id;

    @Username
    @Column(nullable = false, unique = true, length = USERNAME_MAX)
    public String username;

    @Password(PasswordType.MCF)
    @Column(name = "password_hash", nullable = false, length = 100)
    public String passwordHash;

    @Roles
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role", nullable = false, length = 20)
    public Set<String> roles = new TreeSet<>();

    @Column(nullable = false)
    public boolean enabled = true;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt = OffsetDateTime.now();

    @Column(name = "created_by", length = USERNAME_MAX)
    public String createdBy;

    @Column(name = "password_changed_at", nullable = false)
    public OffsetDateTime passwordChangedAt = OffsetDateTime.now();

    public boolean hasRole(StaffRole role) {
        return roles.contains(role.id());
    }

    /** The roles in their fixed order, for pages. */
    public List<StaffRole> roleList() {
        return Arrays.stream(StaffRole.values()).filter(this::hasRole).toList();
    }

    /** Usernames are compared in lower case: "Admin" logs in as "admin". */
    public static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    public static Optional<StaffAccount> findByUsername(String username) {
        return find("username", normalise(username)).firstResultOptional();
    }

    public static List<StaffAccount> listByUsername() {
        return list("order by username");
    }
}
