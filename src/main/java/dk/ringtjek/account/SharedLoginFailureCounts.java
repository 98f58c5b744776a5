package dk.ringtjek.account;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;

import dk.ringtjek.abuse.AbuseClock;
import dk.ringtjek.abuse.AbuseConfig;
import dk.ringtjek.abuse.StoredKey;

/**
 * {@link LoginFailureCounts} in PostgreSQL (table login_failure_count), shared by every application
 * instance: one statement to read an attempt's keys, one to count a failure on all of them. Keys are
 * stored hashed ({@link StoredKey}), so no account name lands in the table. Time is
 * {@link AbuseClock#millis()}, so tests skip ahead; windows that ended are removed in bounded batches.
 */
@ApplicationScoped
public class SharedLoginFailureCounts implements LoginFailureCounts {

    private static final String NAMESPACE = "login-failures";
    private static final int MAX_BATCHES = 10;

    private final DataSource dataSource;
    private final AbuseClock clock;
    private final Duration window;
    private final int cleanupBatch;

    public SharedLoginFailureCounts(DataSource dataSource, AbuseClock clock, AbuseConfig config) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.window = config.login().window();
        this.cleanupBatch = config.shared().cleanupBatch();
    }

    @Override
    public List<Window> of(List<String> keys) {
        String[] stored = keys.stream().map(SharedLoginFailureCounts::stored).toArray(String[]::new);
        long now = clock.millis();
        Map<String, Window> found = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement read = connection.prepareStatement("select encode(key, 'hex'), failures,"
                        + " forget_at_millis from login_failure_count"
                        + " where key = any(array(select decode(k, 'hex') from unnest(?::text[]) k))"
                        + " and forget_at_millis > ?")) {
            read.setArray(1, connection.createArrayOf("text", stored));
            read.setLong(2, now);
            try (ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    found.put(rows.getString(1), new Window(rows.getLong(2), Duration.ofMillis(rows.getLong(3) - now)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read failed logins", e);
        }
        return Arrays.stream(stored).map(key -> found.getOrDefault(key, Window.NONE)).toList();
    }

    @Override
    public void add(List<String> keys) {
        // in a fixed order, so that two instances counting the same keys never deadlock
        String[] stored = keys.stream().map(SharedLoginFailureCounts::stored).sorted().distinct().toArray(String[]::new);
        long now = clock.millis();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement add = connection.prepareStatement("""
                        insert into login_failure_count as c (key, failures, forget_at_millis)
                        select decode(k, 'hex'), 1, ? from unnest(?::text[]) k order by k
                        on conflict (key) do update set
                          failures = case when c.forget_at_millis <= ? then 1 else c.failures + 1 end,
                          forget_at_millis = case when c.forget_at_millis <= ? then excluded.forget_at_millis
                                                  else c.forget_at_millis end""")) {
            add.setLong(1, now + window.toMillis());
            add.setArray(2, connection.createArrayOf("text", stored));
            add.setLong(3, now);
            add.setLong(4, now);
            add.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count a failed login", e);
        }
    }

    @Override
    public void clear(String key) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(
                        "delete from login_failure_count where key = decode(?, 'hex')")) {
            delete.setString(1, stored(key));
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not clear failed logins", e);
        }
    }

    @Scheduled(every = "${ringtjek.abuse.shared.cleanup-interval:10m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void removeForgottenRegularly() {
        try {
            removeForgotten();
        } catch (RuntimeException e) {
            Log.warnf("Ended login failure windows could not be removed: %s", e.getMessage());
        }
    }

    /** Removes the counts whose window has ended, in bounded batches; returns how many. */
    public int removeForgotten() {
        int removed = 0;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement("delete from login_failure_count where key in"
                        + " (select key from login_failure_count where forget_at_millis <= ? limit ?)"
                        + " and forget_at_millis <= ?")) {
            for (int batch = 0; batch < MAX_BATCHES; batch++) {
                long now = clock.millis();
                delete.setLong(1, now);
                delete.setInt(2, cleanupBatch);
                delete.setLong(3, now);
                int deleted = delete.executeUpdate();
                removed += deleted;
                if (deleted < cleanupBatch) {
                    break;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not remove ended login failure windows", e);
        }
        return removed;
    }

    private static String stored(String key) {
        return StoredKey.of(NAMESPACE, key);
    }
}
