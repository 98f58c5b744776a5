package dk.ringtjek.owner;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import dk.ringtjek.moderation.ModerationAction;
import dk.ringtjek.number.NumberChanges;

/**
 * Private numbers (GDPR): a verified private owner asks, an editor grants or refuses. A granted number's
 * page shows only the aggregate and is noindex; the home lists and the sitemap leave it out
 * ({@link #NOT_PRIVATE}). Each step is audited.
 */
@ApplicationScoped
public class PrivateNumbers {

    /** A SQL condition on {@code p} (phone_number) that leaves private numbers out, for lists and the sitemap. */
    public static final String NOT_PRIVATE = "not exists (select 1 from private_number pn where pn.number_id = p.id)";

    /** An open request, for the editors. */
    public record Request(long id, long numberId, String e164, OffsetDateTime createdAt) {
    }

    private final EntityManager em;
    private final NumberChanges changes;
    private final Clock clock;

    public PrivateNumbers(EntityManager em, NumberChanges changes, Clock clock) {
        this.em = em;
        this.changes = changes;
        this.clock = clock;
    }

    /** A private owner asks; false for an organisation, a number already private, or one already asked about. */
    @Transactional
    public boolean request(Ownership owner) {
        if (!owner.privatePerson() || isPrivate(owner.numberId())) {
            return false;
        }
        return em.createNativeQuery("""
                insert into privacy_request (id, number_id, account_id, created_at)
                values (nextval('privacy_request_seq'), :number, :account, :now) on conflict do nothing""")
                .setParameter("number", owner.numberId()).setParameter("account", owner.accountId())
                .setParameter("now", OffsetDateTime.now(clock)).executeUpdate() == 1;
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public List<Request> open() {
        List<Object[]> rows = em.createNativeQuery("""
                select r.id, r.number_id, p.e164, r.created_at from privacy_request r
                join phone_number p on p.id = r.number_id where r.status = 'OPEN' order by r.created_at, r.id""",
                Object[].class).getResultList();
        return rows.stream().map(r -> new Request(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                (String) r[2], at(r[3]))).toList();
    }

    /** An editor decides an open request; false when it is not open. */
    @Transactional
    public boolean decide(long requestId, boolean grant, String editor, String reason) {
        List<?> numbers = em.createNativeQuery("""
                update privacy_request set status = :status, decided_by = :editor, decision_reason = :reason,
                decided_at = :now where id = :id and status = 'OPEN' returning number_id""")
                .setParameter("status", grant ? "GRANTED" : "REFUSED").setParameter("editor", editor)
                .setParameter("reason", OwnerText.clean(reason, 1000)).setParameter("now", OffsetDateTime.now(clock))
                .setParameter("id", requestId).getResultList();
        if (numbers.isEmpty()) {
            return false;
        }
        long numberId = ((Number) numbers.get(0)).longValue();
        changes.lockForChange(numberId);
        if (grant) {
            em.createNativeQuery("""
                    insert into private_number (number_id, granted_by, granted_at) values (:number, :editor, :now)
                    on conflict do nothing""")
                    .setParameter("number", numberId).setParameter("editor", editor)
                    .setParameter("now", OffsetDateTime.now(clock)).executeUpdate();
        }
        ModerationAction.record(null, numberId, editor,
                grant ? ModerationAction.Kind.PRIVACY_GRANT : ModerationAction.Kind.PRIVACY_REFUSE, null, reason);
        return true;
    }

    private static OffsetDateTime at(Object value) {
        return value instanceof java.time.Instant instant ? instant.atOffset(java.time.ZoneOffset.UTC)
                : (OffsetDateTime) value;
    }

    @Transactional
    public boolean isPrivate(long numberId) {
        return !em.createNativeQuery("select 1 from private_number where number_id = :id")
                .setParameter("id", numberId).getResultList().isEmpty();
    }
}
