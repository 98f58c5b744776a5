package dk.ringtjek.account;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Staff accounts: the first admin and the session key. The login limits are in AbuseConfig. */
@ConfigMapping(prefix = "ringtjek")
public interface AccountConfig {

    /** The admin created at start-up when there is no account at all (RINGTJEK_ADMIN_USERNAME / _PASSWORD). */
    Admin admin();

    /**
     * The key the session cookie is encrypted with (quarkus.http.auth.session.encryption-key); required in
     * production (RINGTJEK_SESSION_SECRET), so that sessions survive a restart and no temporary key is logged.
     */
    String sessionSecret();

    interface Admin {
        @WithDefault("admin")
        String username();

        /** Unset in production unless configured: then no admin is created. */
        Optional<String> password();
    }
}
