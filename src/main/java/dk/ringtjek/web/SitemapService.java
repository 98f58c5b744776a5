package dk.ringtjek.web;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dk.ringtjek.config.RingtjekConfig;
import dk.ringtjek.number.InvalidNumberException;
import dk.ringtjek.i18n.Language;
import dk.ringtjek.i18n.LocalizedPaths;
import dk.ringtjek.number.NumberNormaliser;
import dk.ringtjek.replica.ReadRouting;
import dk.ringtjek.stats.Memo;
import dk.ringtjek.stats.StatsConfig;

/**
 * The numbers search engines should know: those with official information or with public reports.
 * They are listed in id order, in pages of at most {@code ringtjek.web.sitemap-page-size} URLs (50,000 at
 * most, the sitemap protocol's limit). Each page is read by keyset (ids from its first id, before the
 * next page's), never with OFFSET; the first ids are worked out by one query and kept for a while.
 */
@ApplicationScoped
public class SitemapService {

    /** The sitemap protocol's limit of URLs per file. */
    /** Numbers per sitemap page: each is listed in both languages, and the protocol allows 50,000 URLs. */
    public static final int MAX_PAGE_SIZE = 25_000;
    private static final Duration BOUNDARIES_TTL = Duration.ofMinutes(10);

    /** One number page of a sitemap page, which the sitemap lists in every language. */
    public record Entry(String baseUrl, String danishPath, LocalDate lastModified) {

        /** The page's address in a language. */
        public String loc(Language language) {
            return baseUrl + LocalizedPaths.in(language, danishPath);
        }
    }

    private static final String ELIGIBLE = "(p.report_count > 0 or c.id is not null) and "
            + dk.ringtjek.owner.PrivateNumbers.NOT_PRIVATE;

    private final ReadRouting reads;
    private final NumberNormaliser normaliser;
    private final String baseUrl;
    private final int pageSize;
    private final ZoneId zone;
    private final Memo<List<Long>> firstIds;

    public SitemapService(ReadRouting reads, NumberNormaliser normaliser, RingtjekConfig config,
            StatsConfig stats, WebConfig web) {
        this.reads = reads;
        this.normaliser = normaliser;
        this.baseUrl = stripSlash(config.baseUrl());
        this.pageSize = Math.max(1, Math.min(MAX_PAGE_SIZE, web.sitemapPageSize()));
        this.zone = stats.zone();
        this.firstIds = new Memo<>(this::readFirstIds, BOUNDARIES_TTL);
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** How many number pages the sitemap index lists. */
    public int pageCount() {
        return firstIds.get().size();
    }

    /** The URLs of one page (numbered from 1), or empty when there is no such page. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<List<Entry>> page(int page) {
        List<Long> starts = firstIds.get();
        if (page < 1 || page > starts.size()) {
            return Optional.empty();
        }
        boolean last = page == starts.size();
        List<Object[]> rows = reads.mayLag(() -> reads.em().createNativeQuery("""
                select p.e164, cast(greatest(p.last_reported_at, c.updated_at) at time zone :zone as date)
                from phone_number p left join curated_entry c on c.number_id = p.id
                where p.id >= :from and p.id < :until and %s
                order by p.id
                limit :size
                """.formatted(ELIGIBLE), Object[].class)
                .setParameter("from", starts.get(page - 1))
                .setParameter("until", last ? Long.MAX_VALUE : starts.get(page))
                .setParameter("size", pageSize)
                .setParameter("zone", zone.getId())
                .getResultList());
        List<Entry> entries = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            try {
                String path = normaliser.normalise((String) row[0]).canonicalPath();
                entries.add(new Entry(baseUrl, path, date(row[1])));
            } catch (InvalidNumberException e) {
                // a stored number the normaliser no longer accepts has no page to list
            }
        }
        return Optional.of(entries);
    }

    /** Reads the page boundaries again at the next request. */
    public void forget() {
        firstIds.forget();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    List<Long> readFirstIds() {
        List<?> ids = reads.mayLag(() -> reads.em().createNativeQuery("""
                select id from (
                    select p.id, row_number() over (order by p.id) as position
                    from phone_number p left join curated_entry c on c.number_id = p.id
                    where %s
                ) eligible
                where (position - 1) %% :size = 0
                order by id
                """.formatted(ELIGIBLE))
                .setParameter("size", pageSize)
                .getResultList());
        return ids.stream().map(id -> ((java.lang.Number) id).longValue()).toList();
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
