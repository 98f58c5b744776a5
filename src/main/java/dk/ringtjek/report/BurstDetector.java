package dk.ringtjek.report;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import dk.ringtjek.abuse.AbuseConfig;

/**
 * Spots a campaign: many reports on one number within a short window from authors never seen
 * before it. While that lasts, new reports on the number are held for a moderator.
 */
@ApplicationScoped
class BurstDetector {

    private final EntityManager em;
    private final AbuseConfig config;

    BurstDetector(EntityManager em, AbuseConfig config) {
        this.em = em;
        this.config = config;
    }

    /** Whether the number is in a burst, counting the report about to be added; caller holds the number lock. */
    boolean inBurst(long numberId, String newAuthor, Instant now) {
        OffsetDateTime since = OffsetDateTime.ofInstant(now.minus(config.burst().window()), ZoneOffset.UTC);
        // one round trip: the new authors of the window, and whether the author about to post is one
        Object[] row = (Object[]) em.createNativeQuery("""
                select (select count(distinct r.author_key) from report r
                        where r.number_id = :id and r.created_at > :since and r.author_key is not null
                          and not exists (select 1 from report o
                                          where o.author_key = r.author_key and o.created_at <= :since)),
                       (select count(*) from report where author_key = cast(:author as text) and created_at <= :since)""")
                .setParameter("id", numberId).setParameter("since", since)
                .setParameter("author", newAuthor).getSingleResult();
        long newAuthors = ((Number) row[0]).longValue();
        boolean authorIsNew = newAuthor != null && ((Number) row[1]).longValue() == 0;
        long count = newAuthors + (authorIsNew ? 1 : 0);
        return count >= config.burst().newAuthors();
    }

    void markBurst(long numberId, Instant now) {
        em.createNativeQuery("update phone_number set burst_at = :now where id = :id")
                .setParameter("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).setParameter("id", numberId)
                .executeUpdate();
    }
}
