package dk.ringtjek.owner;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import dk.ringtjek.replica.ReadRouting;

/**
 * Reads a number's {@link OwnerView} for its page, read-only, where {@link ReadRouting} says: inside a page
 * build on a fresh replica like the rest of the page, else (the owner's own desk) on the primary.
 */
@ApplicationScoped
public class OwnerQueries {

    private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    private final ReadRouting reads;
    private final java.time.Clock clock;
    private final OwnerConfig config;

    public OwnerQueries(ReadRouting reads, java.time.Clock clock, OwnerConfig config) {
        this.reads = reads;
        this.clock = clock;
        this.config = config;
    }

    @SuppressWarnings("unchecked")
    public OwnerView viewOf(long numberId) {
        EntityManager em = reads.em();
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
        boolean scamBurst = scamBurst(numberId);
        if (notice == null && rows.isEmpty() && !privatePage && !scamBurst) {
            return OwnerView.NONE;
        }
        Map<Long, OwnerView.Answer> answers = new HashMap<>();
        for (Object[] row : rows) {
            answers.put(((Number) row[0]).longValue(), new OwnerView.Answer((String) row[1], (Boolean) row[2],
                    (String) row[3], date(row[4])));
        }
        return new OwnerView(notice, Map.copyOf(answers), privatePage, scamBurst);
    }

    /**
     * A number the editors call legitimate that got many scam reports lately: most likely others call
     * showing it (spoofing). The reports stay visible; the page says what they probably mean.
     */
    private boolean scamBurst(long numberId) {
        Number count = (Number) reads.em().createNativeQuery("""
                select count(*) from report r join curated_entry c on c.number_id = r.number_id
                where r.number_id = :id and c.verdict = 'LEGITIMATE' and r.status = 'VISIBLE'
                and r.category in ('SCAM_PHISHING', 'SPOOFED') and r.created_at >= :since""")
                .setParameter("id", numberId)
                .setParameter("since", OffsetDateTime.now(clock).minus(config.spoofWindow()))
                .getSingleResult();
        return count.longValue() >= config.spoofReports();
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
