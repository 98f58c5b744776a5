package dk.ringtjek.owner;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** Reads a number's {@link OwnerView} for its page: two small queries, read-only. */
@ApplicationScoped
public class OwnerQueries {

    private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    private final EntityManager em;

    public OwnerQueries(EntityManager em) {
        this.em = em;
    }

    @SuppressWarnings("unchecked")
    public OwnerView viewOf(long numberId) {
        List<Object[]> notices = em.createNativeQuery("""
                select n.owner_name, coalesce(o.private_person, false), n.body, n.spoofed, n.created_at
                from owner_notice n left join number_owner o on o.account_id = n.account_id and o.number_id = n.number_id
                where n.number_id = :id""", Object[].class).setParameter("id", numberId).getResultList();
        OwnerView.Notice notice = notices.isEmpty() ? null : new OwnerView.Notice((String) notices.get(0)[0],
                (Boolean) notices.get(0)[1], (String) notices.get(0)[2], (Boolean) notices.get(0)[3],
                date(notices.get(0)[4]));
        List<Object[]> rows = em.createNativeQuery("""
                select a.report_id, a.owner_name, coalesce(o.private_person, false), a.body, a.created_at
                from owner_answer a left join number_owner o on o.account_id = a.account_id and o.number_id = a.number_id
                where a.number_id = :id and not a.hidden""", Object[].class).setParameter("id", numberId).getResultList();
        boolean privatePage = !em.createNativeQuery("select 1 from private_number where number_id = :id")
                .setParameter("id", numberId).getResultList().isEmpty();
        if (notice == null && rows.isEmpty() && !privatePage) {
            return OwnerView.NONE;
        }
        Map<Long, OwnerView.Answer> answers = new HashMap<>();
        for (Object[] row : rows) {
            answers.put(((Number) row[0]).longValue(), new OwnerView.Answer((String) row[1], (Boolean) row[2],
                    (String) row[3], date(row[4])));
        }
        return new OwnerView(notice, Map.copyOf(answers), privatePage);
    }

    private static java.time.LocalDate date(Object value) {
        if (value instanceof OffsetDateTime at) {
            return at.atZoneSameInstant(DANISH_TIME).toLocalDate();
        }
        if (value instanceof java.time.Instant at) {
            return at.atZone(DANISH_TIME).toLocalDate();
        }
        return ((java.sql.Timestamp) value).toInstant().atZone(DANISH_TIME).toLocalDate();
    }
}
