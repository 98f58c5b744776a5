package dk.ringtjek.api;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.hibernate.jpa.HibernateHints;

import dk.ringtjek.replica.ReadRouting;

/**
 * The blocklist export: who is on it is decided when scores change (report.BlocklistMembership), so
 * this only reads the membership table, streaming rows from a database cursor into the answer: the
 * memory used is the same for ten numbers or ten million.
 * <p>
 * An answer is the state at one version V (the highest change visible when the request began): rows
 * changed after V are left out, and come with the next "?since=V". Read from a fresh replica
 * ({@link ReadRouting}) when it has reached V, else from the primary.
 */
@ApplicationScoped
public class BlocklistService {

    private static final int FETCH_SIZE = 1000;

    /** What one request asks for, with the version it answers. */
    public record Export(BlocklistFormat format, Long since, long version) {

        /** Weak: the scores shown may move without the list changing. */
        public String etag() {
            return "W/\"bl-" + format.name().toLowerCase(java.util.Locale.ROOT) + "-" + (since == null ? "all" : since)
                    + "-" + version + "\"";
        }
    }

    private final ReadRouting reads;

    public BlocklistService(ReadRouting reads) {
        this.reads = reads;
    }

    /** Checks the parameters and reads the version the answer will have (one index read). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Export prepare(String format, String since) {
        BlocklistFormat chosen = BlocklistFormat.of(format).orElseThrow(() -> ApiProblem.badRequest(
                "invalid-parameter", "Invalid parameter", "format must be json, csv or vcf.", null));
        long version = reads.mayLag(this::currentVersion);
        Long from = null;
        if (since != null && !since.isEmpty()) {
            if (!chosen.tellsChanges()) {
                throw ApiProblem.badRequest("invalid-parameter", "Invalid parameter",
                        "since needs format json or csv: a vCard is always the whole list.", null);
            }
            if (!since.matches("\\d{1,18}") || Long.parseLong(since) > version) {
                throw ApiProblem.badRequest("invalid-parameter", "Invalid parameter",
                        "since must be a version this API gave out; fetch the whole list to start again.", null);
            }
            from = Long.parseLong(since);
        }
        return new Export(chosen, from, version);
    }

    /** Writes the answer to {@code out}: the listed numbers, then (with since) the removed ones. */
    @Transactional
    public void write(Export export, OutputStream out) {
        reads.mayLagOnce(() -> {
            // a replica behind the version the answer promises would leave changes out for good
            if (reads.onReplica() && currentVersion() < export.version()) {
                throw new ReadRouting.Behind();
            }
            writeRows(export, out);
            return null;
        });
    }

    /** The version of the newest change (BlocklistMembership's, read where this export reads). */
    private long currentVersion() {
        return ((java.lang.Number) reads.em().createNativeQuery("select coalesce(max(version), 0) from blocklist_entry")
                .getSingleResult()).longValue();
    }

    private void writeRows(Export export, OutputStream out) {
        try (BlocklistWriters.Writer writer = BlocklistWriters.open(export, out)) {
            try (Stream<Object[]> listed = rows(export, true)) {
                listed.forEach(row -> writer.listed((String) row[0], score(row[1])));
            }
            writer.endListed();
            if (export.since() != null) {
                try (Stream<Object[]> removed = rows(export, false)) {
                    removed.forEach(row -> writer.removed((String) row[0]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private Stream<Object[]> rows(Export export, boolean listed) {
        return reads.em().createNativeQuery("""
                select p.e164, p.score from blocklist_entry b join phone_number p on p.id = b.number_id
                where b.listed = :listed and b.version > :since and b.version <= :version
                order by b.version""")
                .setParameter("listed", listed)
                .setParameter("since", export.since() == null ? 0L : export.since())
                .setParameter("version", export.version())
                .setHint(HibernateHints.HINT_FETCH_SIZE, FETCH_SIZE)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultStream();
    }

    private static Double score(Object value) {
        return value == null ? null : ((java.lang.Number) value).doubleValue();
    }
}
