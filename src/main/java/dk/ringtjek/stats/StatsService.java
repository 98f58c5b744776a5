package dk.ringtjek.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dk.ringtjek.replica.ReadRouting;

/** Reads a number's lookup statistics: two primary-key reads in one round trip, never a write. */
@ApplicationScoped
public class StatsService {

    private final ReadRouting reads;
    private final StatsClock clock;

    public StatsService(ReadRouting reads, StatsClock clock) {
        this.reads = reads;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public NumberStats statsFor(String e164) {
        LocalDate today = clock.today();
        // one round trip: the all-time total (a row without a day) and the chart's days
        List<Object[]> rows = reads.em().createNativeQuery("""
                select null::date as day, lookups, 0 as reports from number_lookup_total where e164 = :e164
                union all
                select day, lookups, reports from number_daily_stats
                where e164 = :e164 and day between :first and :today
                """, Object[].class)
                .setParameter("e164", e164)
                .setParameter("first", today.minusDays(NumberStats.CHART_DAYS - 1L))
                .setParameter("today", today)
                .getResultList();
        long total = 0;
        List<DayStat> days = new ArrayList<>();
        for (Object[] row : rows) {
            if (row[0] == null) {
                total = toLong(row[1]);
            } else {
                days.add(new DayStat(toDate(row[0]), toLong(row[1]), toLong(row[2])));
            }
        }
        return new NumberStats(total, NumberStats.filled(today, days));
    }
    static LocalDate toDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    static long toLong(Object value) {
        return ((java.lang.Number) value).longValue();
    }
}
