package dk.ringtjek.owner;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** What an owner sees of their number: its public reports, newest first, and whether each has their answer. */
@ApplicationScoped
public class OwnerDesk {

    private static final int SHOWN = 100;

    /** One public report, with the owner's answer if there is one. */
    public record ReportRow(long id, String rating, String category, String comment, OffsetDateTime createdAt,
            String answer, boolean answerHidden) {

        public boolean answered() {
            return answer != null;
        }

        public String ratingKey() {
            return dk.ringtjek.report.Rating.valueOf(rating).messageKey();
        }

        public String categoryKey() {
            return dk.ringtjek.report.Category.valueOf(category).messageKey();
        }
    }

    private final EntityManager em;

    public OwnerDesk(EntityManager em) {
        this.em = em;
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public List<ReportRow> reportsOf(long numberId) {
        List<Object[]> rows = em.createNativeQuery("""
                select r.id, r.rating, r.category, r.comment, r.created_at, a.body, coalesce(a.hidden, false)
                from report r left join owner_answer a on a.report_id = r.id
                where r.number_id = :id and r.status = 'VISIBLE' order by r.created_at desc, r.id desc""", Object[].class)
                .setParameter("id", numberId).setMaxResults(SHOWN).getResultList();
        return rows.stream().map(r -> new ReportRow(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                (String) r[3], at(r[4]), (String) r[5], (Boolean) r[6])).toList();
    }

    private static OffsetDateTime at(Object value) {
        if (value instanceof OffsetDateTime at) {
            return at;
        }
        if (value instanceof java.time.Instant at) {
            return at.atOffset(java.time.ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(java.time.ZoneOffset.UTC);
    }
}
