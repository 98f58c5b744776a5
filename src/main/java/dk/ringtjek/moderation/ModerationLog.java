package dk.ringtjek.moderation;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import dk.ringtjek.report.HideReason;

/** The public moderation log of a number: what was removed and why, never who wrote or removed it. */
@ApplicationScoped
public class ModerationLog {

    private static final int RECENT = 50;

    /** Hidden reports by reason. */
    public record ReasonCount(String reason, long count) {
        public String messageKey() {
            return HideReason.of(reason).messageKey();
        }
    }

    /** One action, without the moderator or the note. */
    public record Entry(OffsetDateTime at, ModerationAction.Kind action, String reason) {
        public String actionKey() {
            return "moderation.log.action." + action.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        public String reasonKey() {
            return reason == null ? null : "moderation.log.reason." + reason.toLowerCase(java.util.Locale.ROOT)
                    .replace('_', '-');
        }
    }

    /** Appeals and owners' objections about the number, and how they ended (issue 17). */
    public record Appeals(long received, long upheld, long rejected) {
        public boolean any() {
            return received > 0;
        }
    }

    public record Log(List<ReasonCount> hiddenByReason, List<Entry> recent, Appeals appeals) {
    }

    private final EntityManager em;

    public ModerationLog(EntityManager em) {
        this.em = em;
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public Log of(long numberId) {
        List<ReasonCount> counts = ((List<Object[]>) em.createNativeQuery("""
                select coalesce(hidden_reason, 'OTHER'), count(*) from report
                where number_id = :id and status = 'HIDDEN' group by 1 order by 2 desc""", Object[].class)
                .setParameter("id", numberId).getResultList()).stream()
                .map(row -> new ReasonCount((String) row[0], ((Number) row[1]).longValue())).toList();
        List<Entry> recent = em.createQuery("""
                select new dk.ringtjek.moderation.ModerationLog$Entry(a.createdAt, a.action, a.reason)
                from ModerationAction a where a.numberId = :id order by a.createdAt desc""", Entry.class)
                .setParameter("id", numberId).setMaxResults(RECENT).getResultList();
        Object[] appeals = (Object[]) em.createNativeQuery("""
                select count(*) filter (where action = 'APPEAL'), count(*) filter (where action = 'APPEAL_UPHOLD'),
                       count(*) filter (where action = 'APPEAL_REJECT')
                from moderation_action where number_id = :id""", Object[].class).setParameter("id", numberId)
                .getSingleResult();
        return new Log(counts, recent, new Appeals(((Number) appeals[0]).longValue(), ((Number) appeals[1]).longValue(),
                ((Number) appeals[2]).longValue()));
    }
}
