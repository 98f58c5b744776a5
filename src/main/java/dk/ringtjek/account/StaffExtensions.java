package dk.ringtjek.account;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.security.identity.SecurityIdentity;

/** Template access to the logged-in staff member: {staff:current.username}; used by tags/staffNav.html. */
@TemplateExtension(namespace = "staff")
public final class StaffExtensions {

    private StaffExtensions() {
    }

    static Staff current() {
        if (!Arc.container().requestContext().isActive()) {
            return Staff.NOBODY;
        }
        return Staff.of(Arc.container().instance(SecurityIdentity.class).get());
    }
}
