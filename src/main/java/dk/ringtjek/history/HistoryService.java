package dk.ringtjek.history;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dk.ringtjek.history.NumberHistory.VerdictPeriod;
import dk.ringtjek.history.NumberHistory.WeekPoint;
import dk.ringtjek.number.PhoneNumber;
import dk.ringtjek.report.CommunityScore;
import dk.ringtjek.replica.ReadRouting;
import dk.ringtjek.report.ReportConfig;
import dk.ringtjek.report.TrendRules;
import dk.ringtjek.verdict.Verdict;

/**
 * Reads a number's story over time for its page in one round trip of primary-key and index reads:
 * its weeks (number_week), its calls by weekday and hour (number_call_time) and the verdicts of its
 * official entry's versions (curated_entry_version, without who saved them). No report is read and
 * nothing is written.
 *
 * <p>The score at the end of a week follows from the number's aggregate and the weeks after it: the
 * aggregate holds every counted report, each week row the ones written in it (decayed to its end), so
 * taking the later weeks away leaves the reports written by the end of the week.
 */
@ApplicationScoped
public class HistoryService {

    private final ReadRouting reads;
    private final ReportConfig config;
    private final Clock clock;

    public HistoryService(ReadRouting reads, ReportConfig config, Clock clock) {
        this.reads = reads;
        this.config = config;
        this.clock = clock;
    }

    public LocalDate thisWeek() {
        return TrendRules.weekOf(clock.instant());
    }

    /** The history of a stored number and, if it has one, its official entry's id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public NumberHistory historyOf(PhoneNumber number, Long curatedEntryId) {
        Instant now = clock.instant();
        LocalDate thisWeek = TrendRules.weekOf(now);
        LocalDate firstWeek = thisWeek.minusWeeks(TrendRules.CHART_WEEKS - 1L);
        List<Object[]> rows = reads.em().createNativeQuery("""
                select 'w' as kind, week as day, positive_count as a, neutral_count as b, negative_count as c,
                       reporter_count as d, value_sum as x, weight_sum as y, cast(null as text) as verdict
                from number_week where number_id = :id and week >= :from
                union all
                select 'h', null, weekday, hour, count, 0, 0, 0, null
                from number_call_time where number_id = :id and count > 0
                union all
                select 'v', day, 0, 0, 0, 0, 0, 0, verdict from (
                    select cast(created_at at time zone :zone as date) as day, snapshot ->> 'verdict' as verdict,
                           lag(snapshot ->> 'verdict') over (order by created_at, id) as before
                    from curated_entry_version where entry_id = :entry) v
                where before is distinct from verdict
                """, Object[].class)
                .setParameter("id", number.id)
                .setParameter("from", firstWeek.minusWeeks(TrendRules.USUAL_WEEKS))
                .setParameter("zone", TrendRules.ZONE.getId())
                .setParameter("entry", curatedEntryId == null ? -1L : curatedEntryId)
                .getResultList();
        Map<LocalDate, Object[]> weekRows = new HashMap<>();
        int[][] cells = new int[7][24];
        List<Object[]> verdictRows = new ArrayList<>();
        for (Object[] row : rows) {
            switch ((String) row[0]) {
                case "w" -> weekRows.put(date(row[1]), row);
                case "h" -> cells[integer(row[2]) - 1][integer(row[3])] += integer(row[4]);
                default -> verdictRows.add(row);
            }
        }
        return new NumberHistory(weeks(number, weekRows, firstWeek, thisWeek, now), CallHeatmap.of(cells),
                verdicts(verdictRows));
    }

    /** The chart's weeks, with the score at each week's end (see the class comment). */
    private List<WeekPoint> weeks(PhoneNumber number, Map<LocalDate, Object[]> rows, LocalDate first,
            LocalDate last, Instant now) {
        WeekPoint[] points = new WeekPoint[TrendRules.CHART_WEEKS];
        Instant scoredAt = number.scoredAt == null ? null : number.scoredAt.toInstant();
        Later later = new Later(scoredAt);
        // rows after this week (a clock set back) hold reports written after every week shown
        rows.forEach((week, row) -> {
            if (week.isAfter(last)) {
                later.add(week, row);
            }
        });
        for (int i = points.length - 1; i >= 0; i--) {
            LocalDate week = first.plusWeeks(i);
            Object[] row = rows.get(week);
            Integer percent = null;
            int people = number.peopleCount - later.people;
            if (scoredAt != null && people > 0) {
                Instant end = TrendRules.weekEnd(week);
                double factor = CommunityScore.decayFactor(scoredAt, end.isAfter(now) ? now : end, config.halfLife());
                double value = (number.valueSum - later.value) * factor;
                double weight = Math.max(0, (number.weightSum - later.weight) * factor);
                percent = CommunityScore.percent(CommunityScore.score(value, weight, people, config.priorWeight()));
            }
            later.add(week, row);
            points[i] = new WeekPoint(week, count(row, 2), count(row, 3), count(row, 4), count(row, 5), percent,
                    TrendRules.usual(sumBefore(rows, week, 4)), TrendRules.usual(sumBefore(rows, week, 5)));
        }
        return List.of(points);
    }

    /** The sums and people of the weeks after the one at hand, decayed to when the aggregate was scored. */
    private final class Later {
        final Instant scoredAt;
        double value;
        double weight;
        int people;

        Later(Instant scoredAt) {
            this.scoredAt = scoredAt;
        }

        void add(LocalDate week, Object[] row) {
            if (row == null || scoredAt == null) {
                return;
            }
            double factor = CommunityScore.decayFactor(TrendRules.weekEnd(week), scoredAt, config.halfLife());
            value += ((java.lang.Number) row[6]).doubleValue() * factor;
            weight += ((java.lang.Number) row[7]).doubleValue() * factor;
            people += integer(row[2]) + integer(row[3]) + integer(row[4]);
        }
    }

    private static int sumBefore(Map<LocalDate, Object[]> rows, LocalDate week, int column) {
        int sum = 0;
        for (int i = 1; i <= TrendRules.USUAL_WEEKS; i++) {
            sum += count(rows.get(week.minusWeeks(i)), column);
        }
        return sum;
    }

    /** The verdict changes (oldest first) as periods, newest first. */
    private static List<VerdictPeriod> verdicts(List<Object[]> rows) {
        rows.sort((a, b) -> date(a[1]).compareTo(date(b[1])));
        List<VerdictPeriod> periods = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Optional<Verdict> verdict = verdict((String) rows.get(i)[8]);
            LocalDate to = i + 1 < rows.size() ? date(rows.get(i + 1)[1]) : null;
            LocalDate from = date(rows.get(i)[1]);
            verdict.ifPresent(v -> periods.add(0, new VerdictPeriod(v, from, to)));
        }
        return mergeSameDay(periods);
    }

    private static Optional<Verdict> verdict(String name) {
        try {
            return Optional.of(Verdict.valueOf(name));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    /** A verdict changed and changed back on one day stood for no day: only what a day ended with is shown. */
    private static List<VerdictPeriod> mergeSameDay(List<VerdictPeriod> newestFirst) {
        List<VerdictPeriod> kept = new ArrayList<>();
        for (VerdictPeriod period : newestFirst) {
            if (period.to() != null && !period.to().isAfter(period.from())) {
                continue;
            }
            VerdictPeriod newer = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            if (newer != null && newer.verdict() == period.verdict()) {
                kept.set(kept.size() - 1, new VerdictPeriod(period.verdict(), period.from(), newer.to()));
            } else {
                kept.add(period);
            }
        }
        return List.copyOf(kept);
    }

    private static int count(Object[] row, int column) {
        return row == null ? 0 : integer(row[column]);
    }

    private static int integer(Object value) {
        return ((java.lang.Number) value).intValue();
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
