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

    /**
     * The owner's parts of a number's page in one statement: the pinned notice, the visible answers,
     * whether the page is private, and the count of recent scam reports against a legitimate number
     * (spoofing), one row each, the count always.
     */
    public OwnerView viewOf(long numberId) {
        List<Object[]> rows = reads.em().createNativeQuery("""
                select 'notice', null::bigint, n.owner_name::text, coalesce(o.private_person, false), n.body::text,
                       n.spoofed, n.created_at
                from owner_notice n left join number_owner o on o.account_id = n.account_id and o.number_id = n.number_id
                where n.number_id = :id
                union all
                select 'answer', a.report_id, a.owner_name::text, coalesce(o.private_person, false), a.body::text,
                       null::boolean, a.created_at
                from owner_answer a left join number_owner o on o.account_id = a.account_id and o.number_id = a.number_id
                where a.number_id = :id and not a.hidden
                union all
                select 'private', null, null, null, null, null, null from private_number where number_id = :id
                union all
                select 'scam', count(*), null, null, null, null, null
                from report r join curated_entry c on c.number_id = r.number_id
                where r.number_id = :id and c.verdict = 'LEGITIMATE' and r.status = 'VISIBLE'
                and r.category in ('SCAM_PHISHING', 'SPOOFED') and r.created_at >= :since""", Object[].class)
                .setParameter("id", numberId)
                .setParameter("since", OffsetDateTime.now(clock).minus(config.spoofWindow()))
                .getResultList();
        OwnerView.Notice notice = null;
        Map<Long, OwnerView.Answer> answers = new HashMap<>();
        boolean privatePage = false;
        boolean scamBurst = false;
        for (Object[] row : rows) {
            switch ((String) row[0]) {
                case "notice" -> notice = new OwnerView.Notice((String) row[2], (Boolean) row[3], (String) row[4],
                        (Boolean) row[5], date(row[6]));
                case "answer" -> answers.put(((Number) row[1]).longValue(),
                        new OwnerView.Answer((String) row[2], (Boolean) row[3], (String) row[4], date(row[6])));
                case "private" -> privatePage = true;
                // a number the editors call legitimate with many scam reports lately: most likely others
                // call showing it (spoofing); the reports stay visible, the page says what they probably mean
                case "scam" -> scamBurst = ((Number) row[1]).longValue() >= config.spoofReports();
                default -> throw new IllegalStateException("unknown row " + row[0]);
            }
        }
        if (notice == null && answers.isEmpty() && !privatePage && !scamBurst) {
            return OwnerView.NONE;
        }
        return new OwnerView(notice, Map.copyOf(answers), privatePage, scamBurst);
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
