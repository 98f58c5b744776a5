package dk.ringtjek.api;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dk.ringtjek.replica.ReadRouting;
import dk.ringtjek.report.CommunityScore;
import dk.ringtjek.verdict.Verdict;

/**
 * Lookups by hash prefix (k-anonymity): the client sends the first 5-8 hex characters of the SHA-256 of
 * the E.164 number and gets every known number with that prefix, so the server never learns which
 * number it meant. One range scan of phone_number's e164_sha256 index (V11).
 */
@ApplicationScoped
public class LookupService {

    public static final int MIN_PREFIX = 5;
    public static final int MAX_PREFIX = 8;
    private static final Pattern PREFIX = Pattern.compile("[0-9a-fA-F]{" + MIN_PREFIX + "," + MAX_PREFIX + "}");
    // above every SHA-256 (32 bytes): the upper end of the range for a prefix of all f
    private static final byte[] ABOVE_ALL = filled(33);

    private final ReadRouting reads;
    private final ApiConfig config;

    public LookupService(ReadRouting reads, ApiConfig config) {
        this.reads = reads;
        this.config = config;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public LookupAnswer byPrefix(String prefix) {
        if (prefix == null || !PREFIX.matcher(prefix).matches()) {
            throw ApiProblem.badRequest("invalid-prefix", "Invalid hash prefix",
                    "The prefix must be " + MIN_PREFIX + " to " + MAX_PREFIX
                            + " hexadecimal characters of the SHA-256 of the E.164 number.", null);
        }
        String hex = prefix.toLowerCase(java.util.Locale.ROOT);
        long value = Long.parseLong(hex, 16);
        int shift = 4 * (MAX_PREFIX - hex.length());
        byte[] from = bytes(value << shift);
        long upper = (value + 1) << shift;
        byte[] to = upper > 0xFFFFFFFFL ? ABOVE_ALL : bytes(upper);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = reads.mayLag(() -> reads.em().createNativeQuery("""
                select p.e164, p.e164_sha256, p.score, p.weight_sum, p.people_count, c.verdict
                from phone_number p left join curated_entry c on c.number_id = p.id
                where p.e164_sha256 >= :from and p.e164_sha256 < :to
                order by p.e164_sha256 limit :max""")
                .setParameter("from", from).setParameter("to", to).setParameter("max", config.lookupMaxNumbers())
                .getResultList());
        HexFormat format = HexFormat.of();
        return new LookupAnswer(hex, rows.stream().map(row -> {
            Double score = row[2] == null ? null : ((java.lang.Number) row[2]).doubleValue();
            double weight = ((java.lang.Number) row[3]).doubleValue();
            int people = ((java.lang.Number) row[4]).intValue();
            return new LookupAnswer.Hit((String) row[0], format.formatHex((byte[]) row[1]),
                    CommunityScore.label(score), score == null ? null : CommunityScore.percent(score),
                    CommunityScore.strength(weight, people), row[5] == null ? null : Verdict.valueOf((String) row[5]));
        }).toList());
    }

    private static byte[] bytes(long fourBytes) {
        return new byte[] { (byte) (fourBytes >>> 24), (byte) (fourBytes >>> 16), (byte) (fourBytes >>> 8),
            (byte) fourBytes };
    }

    private static byte[] filled(int length) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) 0xFF);
        return bytes;
    }
}
