package dk.ringtjek.owner;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dk.ringtjek.account.AccountService;
import dk.ringtjek.account.StaffAccount;
import dk.ringtjek.account.StaffRole;
import dk.ringtjek.i18n.Language;
import dk.ringtjek.moderation.ModerationAction;
import dk.ringtjek.number.Number;
import dk.ringtjek.number.NumberChanges;
import dk.ringtjek.number.NumberNormaliser;
import dk.ringtjek.web.UserText;

/**
 * A claim's life: sent from the form (waiting for its e-mail), confirmed through the link (waiting for
 * an editor), then approved (an owner account scoped to the number, and a link to set its password)
 * or rejected with a reason. Decisions are written to the audit log.
 */
@ApplicationScoped
public class ClaimService {

    private final Clock clock;
    private final OwnerConfig config;
    private final NumberChanges changes;
    private final NumberNormaliser normaliser;
    private final AccountService accounts;
    private final OwnerScope scope;
    private final PasswordLinks passwordLinks;

    public ClaimService(Clock clock, OwnerConfig config, NumberChanges changes, NumberNormaliser normaliser,
            AccountService accounts, OwnerScope scope, PasswordLinks passwordLinks) {
        this.clock = clock;
        this.config = config;
        this.changes = changes;
        this.normaliser = normaliser;
        this.accounts = accounts;
        this.scope = scope;
        this.passwordLinks = passwordLinks;
    }

    /** What an approval leaves to e-mail: the account's name, and a password link for a new account. */
    public record Approval(OwnerClaim claim, String username, String passwordToken) {
    }

    /** Stores a claim from the form (validated) and returns the token of its confirmation link. */
    @Transactional
    public String submit(Number number, ClaimForm form, Language language) {
        String token = OneTimeToken.create();
        OffsetDateTime now = OffsetDateTime.now(clock);
        OwnerClaim claim = new OwnerClaim();
        claim.e164 = number.e164();
        claim.kind = form.isOrganisation() ? ClaimKind.ORGANISATION : ClaimKind.PRIVATE;
        claim.ownerName = form.ownerName();
        claim.contactName = UserText.clean(form.contactName);
        claim.email = form.email.strip().toLowerCase(Locale.ROOT);
        claim.evidence = UserText.clean(form.evidence);
        claim.language = language;
        claim.confirmTokenHash = OneTimeToken.hash(token);
        claim.confirmExpiresAt = now.plus(config.confirmLinkTtl());
        claim.createdAt = now;
        claim.persist();
        return token;
    }

    /** Confirms the address through the link: the claim goes to the editors. Empty when the link is not open. */
    @Transactional
    public Optional<OwnerClaim> confirm(String token, String e164) {
        if (!OneTimeToken.wellFormed(token)) {
            return Optional.empty();
        }
        Optional<OwnerClaim> found = OwnerClaim.find("confirmTokenHash = ?1 and status = ?2",
                OneTimeToken.hash(token), ClaimStatus.UNCONFIRMED).firstResultOptional();
        return found.filter(claim -> claim.e164.equals(e164))
                .filter(claim -> claim.confirmExpiresAt.isAfter(OffsetDateTime.now(clock))).map(claim -> {
            claim.status = ClaimStatus.PENDING;
            claim.confirmTokenHash = null;
            return claim;
        });
    }

    @Transactional
    public List<OwnerClaim> pending() {
        return OwnerClaim.pending();
    }

    /** Approves a waiting claim: the claimant's owner account (made or reused) gets the number. */
    @Transactional
    public Optional<Approval> approve(long claimId, String editor, String reason) {
        Optional<OwnerClaim> pending = OwnerClaim.<OwnerClaim>findByIdOptional(claimId)
                .filter(claim -> claim.status == ClaimStatus.PENDING);
        if (pending.isEmpty()) {
            return Optional.empty();
        }
        OwnerClaim claim = pending.get();
        // the page shows its verified owner from now on
        long numberId = changes.lockForChange(normaliser.normalise(claim.e164));
        Optional<OwnerClaim> earlier = OwnerClaim.find("email = ?1 and status = ?2 and accountId is not null",
                claim.email, ClaimStatus.APPROVED).firstResultOptional();
        String passwordToken = null;
        long accountId;
        String username;
        if (earlier.isPresent()) {
            accountId = earlier.get().accountId;
            username = StaffAccount.<StaffAccount>findById(accountId).username;
        } else {
            username = "ejer-" + claim.id;
            // a password nobody knows until the owner sets theirs through the link
            StaffAccount account = accounts.create(username, OneTimeToken.create(), List.of(StaffRole.OWNER), editor);
            accountId = account.id;
            passwordToken = passwordLinks.issue(accountId);
        }
        scope.add(accountId, numberId, claim.ownerName, claim.privatePerson(), claim.id);
        decide(claim, ClaimStatus.APPROVED, editor, reason);
        claim.accountId = accountId;
        ModerationAction.record(null, numberId, editor, ModerationAction.Kind.CLAIM_APPROVE, null, reason);
        return Optional.of(new Approval(claim, username, passwordToken));
    }

    /** Rejects a waiting claim with the editor's reason (which the claimant gets by e-mail). */
    @Transactional
    public Optional<OwnerClaim> reject(long claimId, String editor, String reason) {
        return OwnerClaim.<OwnerClaim>findByIdOptional(claimId).filter(claim -> claim.status == ClaimStatus.PENDING)
                .map(claim -> {
                    decide(claim, ClaimStatus.REJECTED, editor, reason);
                    long numberId = changes.lockForChange(normaliser.normalise(claim.e164));
                    ModerationAction.record(null, numberId, editor, ModerationAction.Kind.CLAIM_REJECT, null, reason);
                    return claim;
                });
    }

    private void decide(OwnerClaim claim, ClaimStatus status, String editor, String reason) {
        claim.status = status;
        claim.decidedBy = editor;
        String clean = UserText.clean(reason);
        claim.decisionReason = clean == null || clean.isEmpty() ? null
                : clean.substring(0, Math.min(clean.length(), OwnerClaim.REASON_MAX));
        claim.decidedAt = OffsetDateTime.now(clock);
    }
}
