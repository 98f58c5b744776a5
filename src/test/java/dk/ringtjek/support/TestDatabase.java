package dk.ringtjek.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Plain SQL against the test database, outside the application's transactions: for test data the
 * features under test do not write themselves (reports, until the report feature exists) and for
 * reading what they wrote.
 */
@ApplicationScoped
public class TestDatabase {

    private final DataSource dataSource;

    public TestDatabase(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The first value of the first row, as a long; 0 when there is no row or it is null. */
    public long queryLong(String sql, Object... params) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = prepare(connection, sql, params);
                ResultSet result = statement.executeQuery()) {
            return result.next() ? result.getLong(1) : 0;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public int execute(String sql, Object... params) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = prepare(connection, sql, params)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The id of a number's row, created if needed (as an editor's entry or a report would). */
    public long numberId(String e164) {
        execute("insert into phone_number (id, e164) values (nextval('phone_number_seq'), ?) "
                + "on conflict (e164) do nothing", e164);
        return queryLong("select id from phone_number where e164 = ?", e164);
    }

    /**
     * Stores a report with V2's columns, written the given days ago. Not scored ({@code counted} false):
     * the lists do not depend on the score, and one author may have several reports here.
     */
    public void insertReport(long numberId, String rating, String comment, String authorKey, String status,
            int daysAgo) {
        int scoreValue = switch (rating) {
            case "POSITIVE" -> 1;
            case "NEGATIVE" -> -1;
            default -> 0;
        };
        execute("""
                insert into report (id, number_id, rating, category, comment, author_key, status, score_value,
                                    counted, created_at)
                values (nextval('report_seq'), ?, ?, 'SALES', ?, ?, ?, ?, false, now() - make_interval(days => ?))
                """, numberId, rating, comment, authorKey, status, scoreValue, daysAgo);
    }

    /** Lookups and reports of a number on a day, written directly (for days in the past). */
    public void putDailyStats(String e164, LocalDate day, long lookups, long reports) {
        execute("""
                insert into number_daily_stats (e164, day, lookups, reports) values (?, ?, ?, ?)
                on conflict (e164, day) do update set lookups = excluded.lookups, reports = excluded.reports
                """, e164, day, lookups, (int) reports);
    }

    /** The next transaction id PostgreSQL will hand out: it moves on only when some transaction writes. */
    public long nextTransactionId() {
        return queryLong("select pg_snapshot_xmax(pg_current_snapshot())::text::bigint");
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... params)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            statement.setObject(i + 1, params[i]);
        }
        return statement;
    }
}
