package dk.ringtjek.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.jpa.HibernateHints;

import dk.ringtjek.number.PhoneNumber;
import dk.ringtjek.replica.ReadRouting;

/**
 * Reads the crowd part of a number page: the stored aggregate plus three indexed queries
 * (category counts, the most helpful reports, one page of reports). No query per row. Read where
 * {@link ReadRouting} says: the replica inside a read that may lag, else the primary.
 */
@ApplicationScoped
public class CrowdQueries {

    private static final int HELPFUL_PER_SIDE = 2;
    private static final int THEMES = 3;

    private final ReadRouting reads;
    private final ReportConfig config;

    public CrowdQueries(ReadRouting reads, ReportConfig config) {
        this.reads = reads;
        this.config = config;
    }

    /** The crowd view of a number nobody has reported. */
    public static CrowdView empty() {
        return new CrowdView(0, 0, 0, 0, null, 0, 0, 0, 0, null, List.of(), List.of(), List.of(), List.of(), List.of(), null);
    }

    public CrowdView crowdOf(PhoneNumber number, Cursor before) {
        List<Object[]> counts = categoryCounts(number.id);
        // most numbers have a report or two: then the page shows no helpful ones, and nobody asks for them
        boolean experiences = number.reportCount >= CrowdView.EXPERIENCES_FROM;
        List<Report> helpful = experiences ? mostHelpful(number.id, Rating.POSITIVE) : List.of();
        List<Report> complaints = experiences ? mostHelpful(number.id, Rating.NEGATIVE) : List.of();
        List<ReportView> page = pageOf(number.id, before);
        Cursor next = null;
        if (page.size() > config.pageSize()) {
            page = page.subList(0, config.pageSize());
            next = Cursor.after(page.get(page.size() - 1));
        }
        return view(number, counts, views(helpful), views(complaints), page, next);
    }

    /**
     * The score and what the calls were about, without any report: what the open-data API's number
     * answer shows (its reports have an endpoint of their own). One query.
     */
    public CrowdView summaryOf(PhoneNumber number) {
        return view(number, categoryCounts(number.id), List.of(), List.of(), List.of(), null);
    }

    private List<Object[]> categoryCounts(long numberId) {
        return reads.em().createNativeQuery("""
                select category, rating, count from number_category_count
                where number_id = :id and count > 0""", Object[].class)
                .setParameter("id", numberId).getResultList();
    }

    private static CrowdView view(PhoneNumber number, List<Object[]> counts, List<ReportView> helpful,
            List<ReportView> complaints, List<ReportView> page, Cursor next) {
        return new CrowdView(number.peopleCount, number.reportCount, number.heldCount, number.hiddenCount, number.score, number.weightSum,
                number.positiveCount, number.neutralCount, number.negativeCount, number.lastReportedAt,
                categories(counts, number.peopleCount, null), categories(counts, number.peopleCount, Rating.NEGATIVE)
                        .stream().limit(THEMES).toList(),
                helpful, complaints, page, next);
    }

    private List<Report> mostHelpful(long numberId, Rating rating) {
        return reads.em().createQuery("""
                from Report where numberId = :id and status = :visible and rating = :rating
                order by helpfulCount desc, id desc""", Report.class)
                .setParameter("id", numberId).setParameter("visible", ReportStatus.VISIBLE)
                .setParameter("rating", rating).setMaxResults(HELPFUL_PER_SIDE)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultList();
    }

    /** One page of reports, newest first, held ones left out; one more than a page to see if more follow. */
    private List<ReportView> pageOf(long numberId, Cursor before) {
        return rows(numberId, before, config.pageSize() + 1, false);
    }

    /** A page of a number's reports for the open-data API, with what comes next (null at the end). */
    public record ReportPage(List<ReportView> reports, Cursor next) {
    }

    /**
     * Up to {@code limit} reports of a number before {@code before} (null: the newest), newest first. A
     * hidden report, and with {@code withHeld} a held one, comes as a stub: status and reason, no text.
     */
    public ReportPage reportsOf(long numberId, Cursor before, int limit, boolean withHeld) {
        List<ReportView> rows = rows(numberId, before, limit + 1, withHeld);
        return rows.size() > limit ? new ReportPage(rows.subList(0, limit), Cursor.after(rows.get(limit - 1)))
                : new ReportPage(rows, null);
    }

    private List<ReportView> rows(long numberId, Cursor before, int max, boolean withHeld) {
        String held = withHeld ? "" : " and status <> :held";
        var query = reads.em().createQuery(before == null
                ? "from Report where numberId = :id" + held + " order by createdAt desc, id desc"
                : "from Report where numberId = :id" + held + """
                   and (createdAt < :at or (createdAt = :at and id < :lastId))
                  order by createdAt desc, id desc""", Report.class)
                .setParameter("id", numberId)
                .setMaxResults(max)
                .setHint(HibernateHints.HINT_READ_ONLY, true);
        if (!withHeld) {
            query.setParameter("held", ReportStatus.HELD);
        }
        if (before != null) {
            query.setParameter("at", before.createdAt()).setParameter("lastId", before.id());
        }
        return views(query.getResultList());
    }

    private static List<CategoryCount> categories(List<Object[]> rows, int people, Rating only) {
        Map<Category, Integer> sums = new EnumMap<>(Category.class);
        for (Object[] row : rows) {
            if (only == null || only.name().equals(row[1])) {
                sums.merge(Category.valueOf((String) row[0]), ((java.lang.Number) row[2]).intValue(), Integer::sum);
            }
        }
        List<CategoryCount> result = new ArrayList<>();
        sums.forEach((category, count) -> result.add(
                new CategoryCount(category, count, people == 0 ? 0 : Math.round(100f * count / people))));
        result.sort(Comparator.comparingInt(CategoryCount::count).reversed()
                .thenComparing(CategoryCount::category));
        return result;
    }

    private static List<ReportView> views(List<Report> reports) {
        return reports.stream().map(ReportView::publicView).toList();
    }
}
