package dk.ringtjek.owner;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import dk.ringtjek.account.AccountService;

/**
 * The e-mailed link that lets a new owner choose their password: used once, expires, stored only as a
 * hash. The password itself is hashed by {@link AccountService} (bcrypt), like every account's.
 */
@ApplicationScoped
public class PasswordLinks {

    private final EntityManager em;
    private final AccountService accounts;
    private final OwnerConfig config;
    private final Clock clock;

    public PasswordLinks(EntityManager em, AccountService accounts, OwnerConfig config, Clock clock) {
        this.em = em;
        this.accounts = accounts;
        this.config = config;
        this.clock = clock;
    }

    /** A new link for an account; returns the token (only ever put in the e-mail). */
    @Transactional
    public String issue(long accountId) {
        String token = OneTimeToken.create();
        em.createNativeQuery("insert into password_link (token_hash, account_id, expires_at) values (:h, :a, :e)")
                .setParameter("h", OneTimeToken.hash(token)).setParameter("a", accountId)
                .setParameter("e", OffsetDateTime.now(clock).plus(config.passwordLinkTtl())).executeUpdate();
        return token;
    }

    /** Whether the link can still be used (shown before the form). */
    @Transactional
    public boolean isOpen(String token) {
        return OneTimeToken.wellFormed(token) && !em.createNativeQuery("""
                select 1 from password_link where token_hash = :h and used_at is null and expires_at > :now""")
                .setParameter("h", OneTimeToken.hash(token)).setParameter("now", OffsetDateTime.now(clock))
                .getResultList().isEmpty();
    }

    /**
     * Sets the password through the link and closes it; empty when the link is unknown, used or expired.
     * The caller has checked the password with {@link AccountService#passwordProblem(String)}.
     */
    @Transactional
    public Optional<String> use(String token, String password) {
        if (!OneTimeToken.wellFormed(token)) {
            return Optional.empty();
        }
        // one use, even when two posts race: the update claims the link
        Object accountId = em.createNativeQuery("""
                update password_link set used_at = :now
                where token_hash = :h and used_at is null and expires_at > :now returning account_id""")
                .setParameter("h", OneTimeToken.hash(token)).setParameter("now", OffsetDateTime.now(clock))
                .getResultStream().findFirst().orElse(null);
        if (accountId == null) {
            return Optional.empty();
        }
        return accounts.resetPassword(((Number) accountId).longValue(), password).map(account -> account.username);
    }
}
