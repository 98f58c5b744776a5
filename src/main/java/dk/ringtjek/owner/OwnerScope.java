package dk.ringtjek.owner;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The numbers an owner account may act on (table number_owner). Every owner action asks here first:
 * an owner acts only on their own numbers, whatever the form or the URL says.
 */
@ApplicationScoped
public class OwnerScope {

    private final EntityManager em;

    public OwnerScope(EntityManager em) {
        this.em = em;
    }

    /** The owner's hold on one number, if the account owns it (and is enabled). */
    @Transactional
    public Optional<Ownership> of(String username, String e164) {
        return query("and p.e164 = :e164", username).setParameter("e164", e164).getResultStream()
                .map(OwnerScope::ownership).findFirst();
    }

    /** Every number the account owns, in number order. */
    @Transactional
    public List<Ownership> numbersOf(String username) {
        return query("", username).getResultStream().map(OwnerScope::ownership).toList();
    }

    /** Adds a number to an account's scope (nothing happens when it is there already). */
    void add(long accountId, long numberId, String ownerName, boolean privatePerson, long claimId) {
        em.createNativeQuery("""
                insert into number_owner (account_id, number_id, owner_name, private_person, claim_id)
                values (:account, :number, :name, :private, :claim) on conflict do nothing""")
                .setParameter("account", accountId).setParameter("number", numberId)
                .setParameter("name", ownerName).setParameter("private", privatePerson)
                .setParameter("claim", claimId).executeUpdate();
    }

    private jakarta.persistence.Query query(String condition, String username) {
        return em.createNativeQuery("""
                select o.account_id, o.number_id, p.e164, o.owner_name, o.private_person
                from number_owner o join staff_account a on a.id = o.account_id
                join phone_number p on p.id = o.number_id
                where a.username = :username and a.enabled""" + " " + condition + " order by p.e164", Object[].class)
                .setParameter("username", username);
    }

    private static Ownership ownership(Object row) {
        Object[] r = (Object[]) row;
        return new Ownership(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2], (String) r[3],
                (Boolean) r[4]);
    }
}
