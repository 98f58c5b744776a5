package dk.ringtjek.account;

import java.util.List;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import io.quarkus.logging.Log;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;

/**
 * Refuses (403) a POST to a staff area without the {@link StaffFormToken} of the session sending it:
 * a visitor's own cookie and token pair, accepted by the double-submit check, does not make an admin's
 * browser act. Runs after the roles were checked and the form was read.
 */
public class StaffFormTokenFilter {

    static final List<String> STAFF_PATHS = List.of("/moderation", "/redaktion", "/admin", "/konto", "/logout");
    private static final String CSRF_COOKIE = "csrf-token";

    private final StaffFormToken tokens;
    private final SecurityIdentity identity;

    public StaffFormTokenFilter(StaffFormToken tokens, SecurityIdentity identity) {
        this.tokens = tokens;
        this.identity = identity;
    }

    @ServerRequestFilter(readBody = true)
    public Response checkStaffToken(ResteasyReactiveContainerRequestContext context, HttpServerRequest request) {
        if (!HttpMethod.POST.equals(context.getMethod()) || !isStaffPath(request.path())) {
            return null;
        }
        if (identity.isAnonymous()) {
            return null; // nothing to act for: the roles already refused a staff area, and logging out is a no-op
        }
        Object sent = ((ResteasyReactiveRequestContext) context.getServerRequestContext())
                .getFormParameter(StaffFormToken.FIELD, true, false);
        Cookie cookie = request.getCookie(CSRF_COOKIE);
        if (tokens.matches(sent instanceof String value ? value : null, identity.getPrincipal().getName(),
                cookie == null ? null : cookie.getValue())) {
            return null;
        }
        Log.debug("Staff form without this session's token refused");
        return Response.status(Response.Status.FORBIDDEN).build();
    }

    static boolean isStaffPath(String path) {
        if (path == null) {
            return false;
        }
        for (String staff : STAFF_PATHS) {
            if (path.equals(staff) || path.startsWith(staff + "/") || path.startsWith(staff + ";")) {
                return true;
            }
        }
        return false;
    }
}
