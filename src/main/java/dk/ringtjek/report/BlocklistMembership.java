package dk.ringtjek.report;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * Keeps the blocklist's membership table (blocklist_entry, V11) in step with {@link CommunityScore#blocklisted},
 * so that reading the blocklist or its changes never evaluates a score.
 * <p>
 * Versions: every change of a number's membership (listed or removed) takes the next value of
 * blocklist_version_seq. A client passes the highest version it was given and gets the changes after it,
 * so versions must become visible in the order they were taken. The statement therefore takes a
 * transaction-level advisory lock before it takes a version, and only when membership really changes
 * (rare: a number crossing the rule's threshold); the lock is held until commit, so a reader never sees
 * version n+1 while n is still to come. Writes that change nothing take no lock and no version.
 */
@ApplicationScoped
public class BlocklistMembership {

    /** The advisory lock that orders blocklist versions (pg_advisory_xact_lock). */
    static final long VERSION_LOCK = 0x52696e67424c4bL; // "RingBLK"
    private static final int BATCH = 500;

    // the numbers whose stored membership differs from the rule
    private static final String STALE = """
            select p.id, %1$s as listed
            from phone_number p
            left join curated_entry c on c.number_id = p.id
            left join blocklist_entry b on b.number_id = p.id
            where %2$s and %1$s <> coalesce(b.listed, false)
            """;

    private final EntityManager em;
    private final ReportConfig config;

    public BlocklistMembership(EntityManager em, ReportConfig config) {
        this.em = em;
        this.config = config;
    }

    void checkAfterStart(@Observes StartupEvent event) {
        if (config.blocklistCheckAtStart()) {
            // in the background: on a large database the scan takes seconds, and start-up need not wait
            Infrastructure.getDefaultWorkerPool().execute(this::reconcile);
        }
    }

    /**
     * Brings one number's membership in line with its aggregate and official entry, in the current
     * transaction. It locks the number's row (writers of its aggregate hold that lock already), so the
     * decision rests on the row's newest values.
     */
    public void sync(long numberId) {
        em.flush();
        syncStatement("p.id = :id").setParameter("id", numberId).getResultList();
    }

    /**
     * Repairs every number whose membership is stale: after the score decay (which moves scores
     * without a report), and once at start-up for data written by other means (imports, the benchmark's
     * generator). Each batch locks its numbers' rows and decides on fresh values, so it never undoes a
     * concurrent report's change. Returns how many numbers changed.
     */
    @Transactional(Transactional.TxType.NEVER)
    public int reconcile() {
        @SuppressWarnings("unchecked")
        List<java.lang.Number> stale = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select id from (" + STALE.formatted(CommunityScore.BLOCKLIST_SQL, "true") + ") s order by id")
                .getResultList());
        int changed = 0;
        for (int from = 0; from < stale.size(); from += BATCH) {
            Long[] ids = stale.subList(from, Math.min(stale.size(), from + BATCH)).stream()
                    .map(java.lang.Number::longValue).toArray(Long[]::new);
            changed += QuarkusTransaction.requiringNew().call(() -> {
                em.createNativeQuery("select id from phone_number where id = any(:ids) order by id for update")
                        .setParameter("ids", ids).getResultList();
                return syncStatement("p.id = any(:ids)").setParameter("ids", ids).getResultList().size();
            });
        }
        if (changed > 0) {
            Log.infof("Blocklist membership repaired for %d numbers", changed);
        }
        return changed;
    }

    /** Highest version given out and visible; 0 before the first change. */
    public long currentVersion() {
        return ((java.lang.Number) em.createNativeQuery("select coalesce(max(version), 0) from blocklist_entry")
                .getSingleResult()).longValue();
    }

    private jakarta.persistence.Query syncStatement(String scope) {
        // the lock CTE runs only when "stale" has a row, and before nextval (which needs its row)
        return em.createNativeQuery("""
                with stale as (%s for update of p),
                locked as (select pg_advisory_xact_lock(%d) from (select 1 from stale limit 1) one)
                insert into blocklist_entry (number_id, listed, version)
                select s.id, s.listed, nextval('blocklist_version_seq') from locked, stale s order by s.id
                on conflict (number_id) do update set listed = excluded.listed, version = excluded.version
                returning number_id
                """.formatted(STALE.formatted(CommunityScore.BLOCKLIST_SQL, scope), VERSION_LOCK));
    }
}
