package dk.ringtjek.stats;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import dk.ringtjek.number.InvalidNumberException;
import dk.ringtjek.number.Number;
import dk.ringtjek.number.NumberNormaliser;
import dk.ringtjek.replica.ReadRouting;
import dk.ringtjek.report.TrendRules;
import dk.ringtjek.stats.HomeLists.CurrentWave;
import dk.ringtjek.stats.HomeLists.NumberCount;
import dk.ringtjek.stats.HomeLists.ReportTeaser;
import dk.ringtjek.stats.HomeLists.VerifiedEntry;
import dk.ringtjek.owner.PrivateNumbers;
import dk.ringtjek.verdict.Verdict;

/**
 * The home page's lists. Each is one small indexed query, and all of them are read at most once per
 * {@code ringtjek.stats.lists-ttl} and served from memory in between, so a busy home page costs the
 * database nothing. Only public (VISIBLE) reports ever appear.
 */
@ApplicationScoped
public class HomeListsService {

    static final int EXCERPT_MAX = 160;

    private final ReadRouting reads;
    private final NumberNormaliser normaliser;
    private final StatsClock clock;
    private final StatsConfig config;
    private final Memo<HomeLists> memo;

    public HomeListsService(ReadRouting reads, NumberNormaliser normaliser, StatsClock clock, StatsConfig config) {
        this.reads = reads;
        this.normaliser = normaliser;
        this.clock = clock;
        this.config = config;
        this.memo = new Memo<>(this::read, config.listsTtl());
    }

    public HomeLists lists() {
        return memo.get();
    }

    /** Reads the lists again at the next request (tests, and after an editor's change if wanted). */
    public void forget() {
        memo.forget();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    HomeLists read() {
        LocalDate today = clock.today();
        LocalDate weekStart = today.minusDays(NumberStats.RECENT_DAYS - 1L);
        return reads.mayLag(() -> new HomeLists(latestReports(), mostLookedUp(today, today), mostLookedUp(weekStart, today),
                mostComplained(weekStart.atStartOfDay(config.zone()).toOffsetDateTime()), recentlyVerified(),
                currentWaves(TrendRules.mondayOf(today).minusWeeks(1))));
    }

    private List<ReportTeaser> latestReports() {
        List<Object[]> rows = listQuery("""
                select p.e164, r.rating, r.comment, cast(r.created_at at time zone :zone as date)
                from report r join phone_number p on p.id = r.number_id
                where r.status = 'VISIBLE' and""" + " " + PrivateNumbers.NOT_PRIVATE + """
                order by r.created_at desc, r.id desc
                limit :size
                """).setParameter("zone", config.zone().getId()).getResultList();
        return mapRows(rows, (link, row) -> new ReportTeaser(link, (String) row[1], excerpt((String) row[2]),
                StatsService.toDate(row[3])));
    }

    private List<NumberCount> mostLookedUp(LocalDate from, LocalDate to) {
        List<Object[]> rows = listQuery("""
                select e164, sum(lookups) as total
                from number_daily_stats
                where day between :from and :to and lookups > 0
                and e164 not in (select p.e164 from private_number pn join phone_number p on p.id = pn.number_id)
                group by e164
                having sum(lookups) >= :min
                order by total desc, e164
                limit :size
                """)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("min", config.listMinVisitors())
                .getResultList();
        return mapRows(rows, (link, row) -> new NumberCount(link, StatsService.toLong(row[1])));
    }

    private List<NumberCount> mostComplained(OffsetDateTime since) {
        // one complaint per author, so a burst from one person is not a wave
        List<Object[]> rows = listQuery("""
                select p.e164, c.complaints
                from (select number_id,
                             count(distinct author_key) + count(*) filter (where author_key is null) as complaints
                      from report
                      where status = 'VISIBLE' and rating = 'NEGATIVE' and created_at >= :since
                      and number_id not in (select number_id from private_number)
                      group by number_id
                      order by complaints desc, number_id
                      limit :size) c
                join phone_number p on p.id = c.number_id
                order by c.complaints desc, p.e164
                """)
                .setParameter("since", since)
                .getResultList();
        return mapRows(rows, (link, row) -> new NumberCount(link, StatsService.toLong(row[1])));
    }

    /** The numbers whose week (this one or the one before) is a wave, the biggest first; the rule is TrendRules'. */
    private List<CurrentWave> currentWaves(LocalDate lastWeek) {
        List<Object[]> rows = listQuery("""
                select p.e164, c.week, c.negative_count
                from (select distinct on (w.number_id) w.number_id, w.week, w.negative_count
                      from number_week w
                      where w.week >= :lastWeek and %s
                      order by w.number_id, w.week desc) c
                join phone_number p on p.id = c.number_id
                order by c.negative_count desc, p.e164
                limit :size
                """.formatted(TrendRules.WAVE_SQL))
                .setParameter("lastWeek", lastWeek)
                .getResultList();
        return mapRows(rows, (link, row) -> new CurrentWave(link, StatsService.toDate(row[1]),
                StatsService.toLong(row[2])));
    }

    private List<VerifiedEntry> recentlyVerified() {
        List<Object[]> rows = listQuery("""
                select p.e164, c.owner_name, c.verdict, c.last_verified
                from curated_entry c join phone_number p on p.id = c.number_id
                where c.last_verified is not null and""" + " " + PrivateNumbers.NOT_PRIVATE + """
                order by c.last_verified desc nulls last, c.id
                limit :size
                """).getResultList();
        return mapRows(rows, (link, row) -> new VerifiedEntry(link, (String) row[1], Verdict.valueOf((String) row[2]),
                StatsService.toDate(row[3])));
    }

    private Query listQuery(String sql) {
        return reads.em().createNativeQuery(sql, Object[].class).setParameter("size", config.listSize());
    }

    /**
     * Maps rows whose first column is an E.164 number, together with that number's link. A stored
     * number the normaliser no longer accepts is left out rather than breaking the home page.
     */
    private <T> List<T> mapRows(List<Object[]> rows, BiFunction<NumberLink, Object[], T> map) {
        List<T> items = new ArrayList<>();
        for (Object[] row : rows) {
            link((String) row[0]).ifPresent(link -> items.add(map.apply(link, row)));
        }
        return List.copyOf(items);
    }

    private Optional<NumberLink> link(String e164) {
        try {
            Number number = normaliser.normalise(e164);
            return Optional.of(new NumberLink(normaliser.display(number), number.canonicalPath()));
        } catch (InvalidNumberException e) {
            return Optional.empty();
        }
    }

    static String excerpt(String comment) {
        String text = comment.strip().replaceAll("\\s+", " ");
        if (text.codePointCount(0, text.length()) <= EXCERPT_MAX) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, EXCERPT_MAX - 1)).stripTrailing() + "…";
    }
}
