package dk.ringtjek.account;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import io.quarkus.security.identity.SecurityIdentity;

/** The logged-in staff member as pages see them: {staff:current.username}, {#if staff:current.admin}. */
public record Staff(String username, Set<String> roles) {

    static final Staff NOBODY = new Staff(null, Set.of());

    public static Staff of(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return NOBODY;
        }
        return new Staff(identity.getPrincipal().getName(), Set.copyOf(identity.getRoles()));
    }

    /** The message keys of the roles, in their fixed order. */
    public List<String> roleKeys() {
        return Arrays.stream(StaffRole.values()).filter(role -> roles.contains(role.id()))
                .map(StaffRole::messageKey).toList();
    }

    public boolean loggedIn() {
        return username != null;
    }

    public boolean admin() {
        return roles.contains(StaffRole.ADMIN_ROLE);
    }

    /** May edit the official information (/redaktion). */
    public boolean editor() {
        return admin() || roles.contains(StaffRole.EDITOR_ROLE);
    }

    /** A verified owner of numbers (/konto/ejer); owners are not staff and get no other area. */
    public boolean owner() {
        return roles.contains(StaffRole.OWNER_ROLE);
    }

    /** May moderate crowd reports (/moderation). */
    public boolean moderator() {
        return admin() || roles.contains(StaffRole.MODERATOR_ROLE);
    }
}
