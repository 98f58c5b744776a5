package dk.ringtjek.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;

/**
 * Creates the first admin at start-up from ringtjek.admin.username / ringtjek.admin.password when no
 * account exists. Production has no default password: without one configured, nobody is created.
 */
@ApplicationScoped
class FirstAdmin {

    private final AccountService accounts;
    private final AccountConfig config;

    FirstAdmin(AccountService accounts, AccountConfig config) {
        this.accounts = accounts;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        String username = StaffAccount.normalise(config.admin().username());
        String password = config.admin().password().filter(p -> !p.isBlank()).orElse(null);
        if (password == null) {
            if (accounts.list().isEmpty()) {
                Log.warn("No staff account exists and no admin password is configured: set RINGTJEK_ADMIN_USERNAME"
                        + " and RINGTJEK_ADMIN_PASSWORD to create the first admin");
            }
            return;
        }
        if (!username.matches(StaffAccount.USERNAME_PATTERN)) {
            Log.warn("ringtjek.admin.username is not a valid username (3-60 of a-z 0-9 . _ -); no admin created");
            return;
        }
        AccountService.passwordProblem(password).ifPresent(problem -> Log.warnf(
                "The configured admin password is weak: use %d or more characters and change it after logging in",
                AccountService.PASSWORD_MIN));
        if (accounts.createFirstAdmin(username, password)) {
            Log.infof("Created the first admin account '%s' from configuration", username);
        }
    }
}
