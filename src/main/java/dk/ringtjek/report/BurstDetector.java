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

    /** Where the window of a burst starts for a report posted now. */
    OffsetDateTime windowStart(Instant now) {
        return OffsetDateTime.ofInstant(now.minus(config.burst().window()), ZoneOffset.UTC);
    }

    /**
     * Whether the number is in a burst: the authors of the window never seen before it (read by
     * ReportService with the author's history, under the number's lock), counting the author about to
     * post when they are new too.
     */
    /** How many new authors make a burst; counting stops there. */
    int newAuthorsForBurst() {
        return config.burst().newAuthors();
    }

    boolean isBurst(long newAuthorsInWindow, boolean authorIsNew) {
        return newAuthorsInWindow + (authorIsNew ? 1 : 0) >= config.burst().newAuthors();
    }

    void markBurst(long numberId, Instant now) {
        em.createNativeQuery("update phone_number set burst_at = :now where id = :id")
                .setParameter("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).setParameter("id", numberId)
                .executeUpdate();
    }
}
