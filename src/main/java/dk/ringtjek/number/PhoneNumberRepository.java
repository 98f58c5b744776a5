package dk.ringtjek.number;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** Finds or creates the row of a number, safely when two requests create it at once. */
@ApplicationScoped
public class PhoneNumberRepository {

    private final EntityManager em;

    public PhoneNumberRepository(EntityManager em) {
        this.em = em;
    }

    /** The id of the number's row, inserting it if needed; must run inside a transaction. */
    public long idOf(Number number) {
        List<?> ids = em.createNativeQuery("""
                with inserted as (
                    insert into phone_number (id, e164) values (nextval('phone_number_seq'), :e164)
                    on conflict (e164) do nothing
                    returning id)
                select id from inserted
                union all
                select id from phone_number where e164 = :e164
                limit 1
                """).setParameter("e164", number.e164()).getResultList();
        if (ids.isEmpty()) {
            // another transaction inserted it while this statement ran: its snapshot could not see
            // the row, a new statement can
            ids = em.createNativeQuery("select id from phone_number where e164 = :e164")
                    .setParameter("e164", number.e164()).getResultList();
        }
        return ((java.lang.Number) ids.get(0)).longValue();
    }


    /** The number's page version (see V8), or -1 if the number is not stored. */
    public long pageVersionOf(String e164) {
        List<?> versions = em.createNativeQuery("select page_version from phone_number where e164 = :e164")
                .setParameter("e164", e164).getResultList();
        return versions.isEmpty() ? -1 : ((java.lang.Number) versions.get(0)).longValue();
    }

    /** The E.164 form of a stored number. */
    public String e164Of(long numberId) {
        return em.find(PhoneNumber.class, numberId).e164;
    }
}
