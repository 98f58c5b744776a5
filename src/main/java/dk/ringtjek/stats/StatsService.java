package dk.ringtjek.stats;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Reads a number's lookup statistics: two small primary-key reads, never a write. */
@ApplicationScoped
public class StatsService {

    private final EntityManager em;
    private final StatsClock clock;

    public StatsService(EntityManager em, StatsClock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public NumberStats statsFor(String e164) {
        LocalDate today = clock.today();
        List<?> total = em.createNativeQuery("select lookups from number_lookup_total where e164 = :e164")
                .setParameter("e164", e164)
                .getResultList();
        List<Object[]> rows = em.createNativeQuery("""
                select day, lookups, reports from number_daily_stats
                where e164 = :e164 and day between :first and :today
                """, Object[].class)
                .setParameter("e164", e164)
                .setParameter("first", today.minusDays(NumberStats.CHART_DAYS - 1L))
                .setParameter("today", today)
                .getResultList();
        List<DayStat> days = rows.stream()
                .map(row -> new DayStat(toDate(row[0]), toLong(row[1]), toLong(row[2])))
                .toList();
        return new NumberStats(total.isEmpty() ? 0 : toLong(total.get(0)), NumberStats.filled(today, days));
    }

    static LocalDate toDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    static long toLong(Object value) {
        return ((java.lang.Number) value).longValue();
    }
}
