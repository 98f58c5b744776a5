package dk.ringtjek.account;

import java.util.Locale;
import java.util.Optional;

/** What a staff member may do. A person may have several roles; an admin may do everything. */
public enum StaffRole {
    /** Keeps the crowd reports civil: the moderation queue under /moderation. */
    MODERATOR,
    /** Keeps the official information right: the editor under /redaktion. */
    EDITOR,
    /** Manages the accounts under /admin, and may do what moderators and editors do. */
    ADMIN,
    /** A verified owner of numbers: answers reports and pins a notice on those numbers only (owner package). */
    OWNER;

    public static final String MODERATOR_ROLE = "moderator";
    public static final String EDITOR_ROLE = "editor";
    public static final String ADMIN_ROLE = "admin";
    public static final String OWNER_ROLE = "owner";

    /** The role's name in the database, the security identity and @RolesAllowed. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String messageKey() {
        return "account.role." + id();
    }

    public static Optional<StaffRole> fromId(String id) {
        for (StaffRole role : values()) {
            if (role.id().equals(id)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
