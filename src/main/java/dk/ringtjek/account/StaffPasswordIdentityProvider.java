package dk.ringtjek.account;

import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.jpa.runtime.JpaIdentityProvider;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.ext.web.RoutingContext;

import dk.ringtjek.abuse.ClientKey;
import dk.ringtjek.web.InputGuards;
import dk.ringtjek.web.RequestInput;

/**
 * The login form's check: refuses a form without its CSRF token (login CSRF), refuses throttled attempts (429), waits the delay of an account under attack
 * ({@link LoginThrottle}), lets only enabled accounts in, and leaves the bcrypt password check to
 * quarkus-security-jpa. Wrong password, unknown account and disabled account all
 * fail the same way, in about the same time.
 */
@ApplicationScoped
public class StaffPasswordIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private final JpaIdentityProvider passwords;
    private final AccountService accounts;
    private final LoginThrottle throttle;
    private final ClientKey clientKeys;
    private final LoginRefusalPage refusals;
    private final LoginPause pause;
    private final InputGuards inputGuards;

    public StaffPasswordIdentityProvider(JpaIdentityProvider passwords, AccountService accounts,
            LoginThrottle throttle, ClientKey clientKeys, LoginRefusalPage refusals, LoginPause pause,
            InputGuards inputGuards) {
        this.passwords = passwords;
        this.accounts = accounts;
        this.throttle = throttle;
        this.clientKeys = clientKeys;
        this.refusals = refusals;
        this.pause = pause;
        this.inputGuards = inputGuards;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public int priority() {
        // before security-jpa's own provider, which then only runs through this one
        return SYSTEM_FIRST + 1000;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (RequestInput.hasNulChar(request.getUsername())
                || RequestInput.hasNulChar(new String(request.getPassword().getPassword()))) {
            if (http != null) {
                inputGuards.refuse(http); // the login form is read outside REST, see InputGuards
            }
            return Uni.createFrom().failure(new AuthenticationFailedException("NUL in the login form"));
        }
        if (http != null && !LoginFormToken.isPresent(http)) {
            refusals.withoutToken(http);
            return Uni.createFrom().failure(new AuthenticationFailedException("Login form without its CSRF token"));
        }
        String username = StaffAccount.normalise(request.getUsername());
        LoginThrottle.Attempt attempt = new LoginThrottle.Attempt(username,
                http == null ? "none" : clientKeys.of(http.request()));
        // the counts are in the database: read and written on a worker thread, never on the event loop
        return blocking(() -> throttle.check(attempt))
                .flatMap(decision -> attempt(decision, attempt, username, request, http, context));
    }

    private Uni<SecurityIdentity> attempt(LoginThrottle.Decision decision, LoginThrottle.Attempt attempt,
            String username, UsernamePasswordAuthenticationRequest request, RoutingContext http,
            AuthenticationRequestContext context) {
        if (decision.refused()) {
            if (http != null) {
                refusals.throttled(http, decision.refusedFor());
            }
            return Uni.createFrom().failure(new AuthenticationFailedException("Too many failed logins"));
        }
        UsernamePasswordAuthenticationRequest normalised =
                new UsernamePasswordAuthenticationRequest(username, request.getPassword());
        if (http != null) {
            HttpSecurityUtils.setRoutingContextAttribute(normalised, http);
        }
        return pause.pause(decision.delay())
                .chain(() -> context.runBlocking(() -> requireEnabled(username, request)))
                .flatMap(checked -> passwords.authenticate(normalised, context))
                .onFailure().call(failure -> blocking(() -> {
                    throttle.failed(attempt);
                    return attempt;
                }))
                .call(identity -> blocking(() -> {
                    throttle.succeeded(attempt);
                    return attempt;
                }));
    }

    private static <T> Uni<T> blocking(Supplier<T> work) {
        return Uni.createFrom().item(work).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    /**
     * Fails for a missing or disabled account, after spending the time a password check takes, so that
     * neither can be told apart from a wrong password. Returns nothing (null) when the account may log in.
     */
    private SecurityIdentity requireEnabled(String username, UsernamePasswordAuthenticationRequest request) {
        if (!accounts.isEnabled(username)) {
            BcryptUtil.matches(new String(request.getPassword().getPassword()), DummyHash.VALUE);
            throw new AuthenticationFailedException("Unknown or disabled account");
        }
        return null;
    }

    private static final class DummyHash {
        static final String VALUE = BcryptUtil.bcryptHash(UUID.randomUUID().toString());
    }
}
