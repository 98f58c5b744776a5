package dk.ringtjek.corpus;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

/**
 * What a request could have changed: row counts of the tables people write to, and a digest of
 * their content (the counters, statuses and texts). The score's decayed sums are left out, since
 * the decay job may move them at any time.
 */
record DatabaseFingerprint(Map<String, String> values) {

    /** The keys that count rows, by table name; a case may say how many rows it adds. */
    static final Set<String> ROW_COUNTS = Set.of("phone_number", "report", "report_flag", "helpful_vote",
            "moderation_action", "number_category_count");

    private static final String QUERY = """
            select
              (select count(*) from phone_number) as phone_number,
              (select count(*) from report) as report,
              (select count(*) from report_flag) as report_flag,
              (select count(*) from helpful_vote) as helpful_vote,
              (select count(*) from moderation_action) as moderation_action,
              (select count(*) from number_category_count) as number_category_count,
              (select md5(coalesce(string_agg(concat_ws('|', id, e164, report_count, people_count, positive_count,
                      neutral_count, negative_count, last_reported_at), ',' order by id), ''))
                 from phone_number) as phone_number_digest,
              (select md5(coalesce(string_agg(concat_ws('|', id, number_id, rating, category, comment, caller_name,
                      called_on, author_key, status, counted, helpful_count, flag_count, hidden_reason),
                      ',' order by id), '')) from report) as report_digest,
              (select md5(coalesce(string_agg(concat_ws('|', report_id, author_key, reason, note, dismissed),
                      ',' order by report_id, author_key), '')) from report_flag) as report_flag_digest,
              (select md5(coalesce(string_agg(concat_ws('|', number_id, category, rating, count),
                      ',' order by number_id, category, rating), '')) from number_category_count)
                 as category_count_digest
            """;

    static DatabaseFingerprint of(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(QUERY)) {
            row.next();
            ResultSetMetaData meta = row.getMetaData();
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                values.put(meta.getColumnLabel(i), row.getString(i));
            }
            return new DatabaseFingerprint(values);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    long rows(String table) {
        return Long.parseLong(values.get(table));
    }
}
