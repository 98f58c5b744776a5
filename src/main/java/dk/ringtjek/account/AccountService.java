package dk.ringtjek.account;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.qute.TemplateData;

/** Creates and manages staff accounts. Passwords are hashed with bcrypt here and nowhere else. */
@ApplicationScoped
@TemplateData(namespace = "AccountService")
public class AccountService {

    public static final int PASSWORD_MIN = 12;
    /** bcrypt reads at most 72 bytes; a longer password would silently lose its end. */
    public static final int PASSWORD_MAX_BYTES = 72;
    // one creator of the first admin at a time when several instances start together
    private static final long FIRST_ADMIN_LOCK = 0xAD41;

    private final EntityManager em;

    public AccountService(EntityManager em) {
        this.em = em;
    }

    /** Why a password may not be used (a message key), if it may not. */
    public static Optional<String> passwordProblem(String password) {
        if (password == null || password.length() < PASSWORD_MIN
                || password.getBytes(StandardCharsets.UTF_8).length > PASSWORD_MAX_BYTES) {
            return Optional.of("account.error.password-length");
        }
        return Optional.empty();
    }

    @Transactional
    public List<StaffAccount> list() {
        return StaffAccount.listByUsername();
    }

    @Transactional
    public Optional<StaffAccount> find(long id) {
        return StaffAccount.findByIdOptional(id);
    }

    @Transactional
    public boolean isEnabled(String username) {
        return StaffAccount.findByUsername(username).map(account -> account.enabled).orElse(false);
    }

    @Transactional
    public boolean exists(String username) {
        return StaffAccount.findByUsername(username).isPresent();
    }

    /** Creates an account; throws {@link UsernameTakenException} when the name is in use. */
    @Transactional
    public StaffAccount create(String username, String password, Collection<StaffRole> roles, String createdBy) {
        String name = StaffAccount.normalise(username);
        if (StaffAccount.findByUsername(name).isPresent()) {
            throw new UsernameTakenException(name);
        }
        requireUsablePassword(password);
        StaffAccount account = new StaffAccount();
        account.username = name;
        account.passwordHash = BcryptUtil.bcryptHash(password);
        account.roles = new TreeSet<>(roles.stream().map(StaffRole::id).toList());
        account.createdBy = createdBy;
        account.persist();
        return account;
    }

    /** Disables or re-enables an account; a disabled account cannot log in and loses its sessions. */
    @Transactional
    public Optional<StaffAccount> setEnabled(long id, boolean enabled) {
        return StaffAccount.<StaffAccount>findByIdOptional(id).map(account -> {
            account.enabled = enabled;
            return account;
        });
    }

    @Transactional
    public Optional<StaffAccount> resetPassword(long id, String password) {
        requireUsablePassword(password);
        return StaffAccount.<StaffAccount>findByIdOptional(id).map(account -> {
            account.passwordHash = BcryptUtil.bcryptHash(password);
            account.passwordChangedAt = OffsetDateTime.now();
            return account;
        });
    }

    /**
     * Creates the first admin when there is no account at all. Returns false (and creates nothing) when
     * accounts exist.
     */
    @Transactional
    public boolean createFirstAdmin(String username, String password) {
        em.createNativeQuery("select pg_advisory_xact_lock(:key)").setParameter("key", FIRST_ADMIN_LOCK)
                .getSingleResult();
        if (StaffAccount.count() > 0) {
            return false;
        }
        StaffAccount account = new StaffAccount();
        account.username = StaffAccount.normalise(username);
        account.passwordHash = BcryptUtil.bcryptHash(password);
        account.roles = new TreeSet<>(List.of(StaffRole.ADMIN.id()));
        account.createdBy = "configuration";
        account.persist();
        return true;
    }

    private static void requireUsablePassword(String password) {
        if (passwordProblem(password).isPresent()) {
            throw new IllegalArgumentException("The password does not meet the rules");
        }
    }

    /** The username asked for is in use. */
    public static class UsernameTakenException extends RuntimeException {
        public UsernameTakenException(String username) {
            super("Username taken");
        }
    }
}
