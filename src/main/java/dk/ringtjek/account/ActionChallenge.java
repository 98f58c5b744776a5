package dk.ringtjek.account;

import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

/**
 * How a request without a session is turned away: a page (GET) is sent to the login page by the form
 * login, but an action (POST and the like) gets a plain 401, since replaying it after a login would be
 * a surprise. Authenticates nobody itself; it only answers challenges before the form login does.
 */
@ApplicationScoped
public class ActionChallenge implements HttpAuthenticationMechanism {

    private final String loginPostPath;

    public ActionChallenge(@ConfigProperty(name = "quarkus.http.auth.form.post-location",
            defaultValue = "/j_security_check") String loginPostPath) {
        this.loginPostPath = loginPostPath.startsWith("/") ? loginPostPath : "/" + loginPostPath;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        return Uni.createFrom().optional(Optional.empty());
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        HttpMethod method = context.request().method();
        boolean page = method == HttpMethod.GET || method == HttpMethod.HEAD;
        if (page || context.normalizedPath().endsWith(loginPostPath)) {
            return Uni.createFrom().nullItem(); // the form login answers
        }
        return Uni.createFrom().item(new ChallengeData(HttpResponseStatus.UNAUTHORIZED.code(), null, null));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of();
    }

    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 100;
    }
}
