package dk.ringtjek.number;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;

/**
 * The one way to change a number's page. Every writer that changes what a number's page shows (a
 * report, a vote, a moderator, an editor) goes through here, inside its transaction: the number's row
 * is locked until the transaction ends (so changes to one number are serialised), its page version is
 * raised (so other instances notice at their next version check), a notification goes out to every
 * instance through PostgreSQL ({@code NOTIFY number_changed}, delivered only if the transaction commits;
 * {@link NumberChangeListener} hears it), and a {@link NumberChanged} event is fired, which this
 * instance's caches observe once the transaction has committed. All in one statement.
 */
@ApplicationScoped
public class NumberChanges {

    /** Sends a changed row's number to every listening instance; it goes out when the transaction commits. */
    private static final String NOTIFY = "pg_notify('" + NumberChangeListener.CHANNEL + "', changed.e164)";

    private final EntityManager em;
    private final Event<NumberChanged> events;

    public NumberChanges(EntityManager em, Event<NumberChanged> events) {
        this.em = em;
        this.events = events;
    }

    /** Locks the row of a number about to change (inserted if needed) and returns its id. */
    public long lockForChange(Number number) {
        long id = ((java.lang.Number) em.createNativeQuery("""
                with changed as (
                  insert into phone_number (id, e164) values (nextval('phone_number_seq'), :e164)
                  on conflict (e164) do update set page_version = phone_number.page_version + 1
                  returning id, e164)
                select changed.id from changed, """ + NOTIFY)
                .setParameter("e164", number.e164()).getSingleResult()).longValue();
        events.fire(new NumberChanged(number.e164()));
        return id;
    }

    /** Locks the row of a stored number about to change and returns its E.164 form. */
    public String lockForChange(long numberId) {
        String e164 = (String) em.createNativeQuery("""
                with changed as (update phone_number set page_version = page_version + 1 where id = :id returning e164)
                select changed.e164 from changed, """ + NOTIFY)
                .setParameter("id", numberId).getSingleResult();
        events.fire(new NumberChanged(e164));
        return e164;
    }

    /** The same for a number known by its E.164 form; nothing happens when it is not stored. */
    public void changed(String e164) {
        long rows = ((java.lang.Number) em.createNativeQuery("""
                with changed as (update phone_number set page_version = page_version + 1 where e164 = :e164 returning e164)
                select count(*) from changed, """ + NOTIFY)
                .setParameter("e164", e164).getSingleResult()).longValue();
        if (rows > 0) {
            events.fire(new NumberChanged(e164));
        }
    }
}
