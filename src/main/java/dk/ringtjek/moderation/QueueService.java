package dk.ringtjek.moderation;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import dk.ringtjek.number.Number;
import dk.ringtjek.number.NumberNormaliser;
import dk.ringtjek.report.Category;
import dk.ringtjek.report.Rating;
import dk.ringtjek.report.ReportStatus;

/**
 * The moderator queue: reports on numbers under a burst first, then held reports, then flagged ones,
 * oldest first. Three queries in all.
 */
@ApplicationScoped
public class QueueService {

    private static final int QUEUE_SIZE = 50;
    private static final int OTHER_REPORTS = 5;
    private static final int RECENTLY_HIDDEN = 20;

    private final EntityManager em;
    private final NumberNormaliser normaliser;

    public QueueService(EntityManager em, NumberNormaliser normaliser) {
        this.em = em;
        this.normaliser = normaliser;
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public List<QueueItem> queue() {
        List<Object[]> rows = em.createNativeQuery("""
                select r.id, p.e164, r.rating, r.category, r.comment, r.caller_name, r.created_at, r.status,
                       r.author_key
                from report r join phone_number p on p.id = r.number_id
                where r.status = 'HELD' or (r.flag_count > 0 and r.status = 'VISIBLE')
                order by (p.burst_at is not null and p.burst_at > r.created_at - interval '1 day') desc,
                         (r.status = 'HELD') desc, r.created_at, r.id
                limit :limit""", Object[].class).setParameter("limit", QUEUE_SIZE).getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(row -> ((java.lang.Number) row[0]).longValue()).toList();
        List<String> authors = rows.stream().map(row -> (String) row[8]).filter(a -> a != null).distinct().toList();
        Map<Long, List<QueueItem.Flag>> flags = flagsOf(ids);
        Map<String, List<QueueItem.OtherReport>> others = otherReportsOf(authors);
        List<QueueItem> items = new ArrayList<>();
        for (Object[] row : rows) {
            long id = ((java.lang.Number) row[0]).longValue();
            String author = (String) row[8];
            List<QueueItem.OtherReport> byAuthor = author == null ? List.of()
                    : others.getOrDefault(author, List.of()).stream().filter(o -> o.id() != id).toList();
            items.add(item(row, flags.getOrDefault(id, List.of()), byAuthor));
        }
        return items;
    }

    /** The reports hidden most recently, newest first, so that a moderator can restore one. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<QueueItem> recentlyHidden() {
        List<Object[]> rows = em.createNativeQuery("""
                select r.id, p.e164, r.rating, r.category, r.comment, r.caller_name, r.created_at, r.status
                from report r join phone_number p on p.id = r.number_id
                where r.status = 'HIDDEN' order by r.id desc limit :limit""", Object[].class)
                .setParameter("limit", RECENTLY_HIDDEN).getResultList();
        List<QueueItem> items = new ArrayList<>();
        for (Object[] row : rows) {
            items.add(item(row, List.of(), List.of()));
        }
        return items;
    }

    /** A queue item from a row of (id, e164, rating, category, comment, caller_name, created_at, status, ...). */
    private QueueItem item(Object[] row, List<QueueItem.Flag> flags, List<QueueItem.OtherReport> others) {
        Number number = normaliser.normalise((String) row[1]);
        return new QueueItem(((java.lang.Number) row[0]).longValue(), number.canonicalPath(),
                normaliser.display(number), Rating.valueOf((String) row[2]), Category.valueOf((String) row[3]),
                (String) row[4], (String) row[5], time(row[6]), ReportStatus.valueOf((String) row[7]), flags, others);
    }

    @SuppressWarnings("unchecked")
    private Map<Long, List<QueueItem.Flag>> flagsOf(List<Long> reportIds) {
        Map<Long, List<QueueItem.Flag>> flags = new HashMap<>();
        for (Object[] row : (List<Object[]>) em.createNativeQuery("""
                select report_id, reason, note, created_at from report_flag
                where report_id = any(:ids) and not dismissed order by created_at""", Object[].class)
                .setParameter("ids", reportIds.toArray(Long[]::new)).getResultList()) {
            flags.computeIfAbsent(((java.lang.Number) row[0]).longValue(), k -> new ArrayList<>())
                    .add(new QueueItem.Flag((String) row[1], (String) row[2], time(row[3])));
        }
        return flags;
    }

    @SuppressWarnings("unchecked")
    private Map<String, List<QueueItem.OtherReport>> otherReportsOf(List<String> authors) {
        Map<String, List<QueueItem.OtherReport>> others = new HashMap<>();
        if (authors.isEmpty()) {
            return others;
        }
        for (Object[] row : (List<Object[]>) em.createNativeQuery("""
                select author_key, id, e164, rating, comment, status, created_at from (
                    select r.author_key, r.id, p.e164, r.rating, r.comment, r.status, r.created_at,
                           row_number() over (partition by r.author_key order by r.created_at desc) as n
                    from report r join phone_number p on p.id = r.number_id
                    where r.author_key = any(:authors)) recent
                where n <= :limit order by created_at desc""", Object[].class)
                .setParameter("authors", authors.toArray(String[]::new))
                .setParameter("limit", OTHER_REPORTS + 1).getResultList()) {
            Number number = normaliser.normalise((String) row[2]);
            others.computeIfAbsent((String) row[0], k -> new ArrayList<>()).add(new QueueItem.OtherReport(
                    ((java.lang.Number) row[1]).longValue(), normaliser.display(number),
                    Rating.valueOf((String) row[3]), (String) row[4], ReportStatus.valueOf((String) row[5]),
                    time(row[6])));
        }
        return others;
    }

    /** Native queries hand timestamptz over as an Instant or an OffsetDateTime, depending on the driver path. */
    private static OffsetDateTime time(Object value) {
        if (value instanceof java.time.Instant instant) {
            return OffsetDateTime.ofInstant(instant, java.time.ZoneOffset.UTC);
        }
        return (OffsetDateTime) value;
    }
}
