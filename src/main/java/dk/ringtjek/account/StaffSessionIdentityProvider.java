package dk.ringtjek.account;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.security.jpa.runtime.JpaTrustedIdentityProvider;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;

/**
 * Restores a logged-in session from its cookie (through quarkus-security-jpa) only while the account is
 * enabled: disabling an account ends its sessions at their next request. The cookie of a refused session
 * is cleared, so that the login page it is sent to works.
 */
@ApplicationScoped
public class StaffSessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    private final JpaTrustedIdentityProvider sessions;
    private final AccountService accounts;
    private final String cookieName;

    public StaffSessionIdentityProvider(JpaTrustedIdentityProvider sessions, AccountService accounts,
            @ConfigProperty(name = "quarkus.http.auth.form.cookie-name", defaultValue = "quarkus-credential")
            String cookieName) {
        this.sessions = sessions;
        this.accounts = accounts;
        this.cookieName = cookieName;
    }

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public int priority() {
        return SYSTEM_FIRST + 1000;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request,
            AuthenticationRequestContext context) {
        return context.runBlocking(() -> requireEnabled(request))
                .flatMap(checked -> sessions.authenticate(request, context));
    }

    /** Fails, clearing the session cookie, when the account is disabled or gone; null when it is fine. */
    private SecurityIdentity requireEnabled(TrustedAuthenticationRequest request) {
        if (accounts.isEnabled(request.getPrincipal())) {
            return null;
        }
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (http != null) {
            http.response().addCookie(Cookie.cookie(cookieName, "").setPath("/").setMaxAge(0));
        }
        throw new AuthenticationFailedException("Account disabled or gone");
    }
}
