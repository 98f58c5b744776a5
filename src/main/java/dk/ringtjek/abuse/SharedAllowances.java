package dk.ringtjek.abuse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Token buckets in PostgreSQL that every application instance shares (table shared_allowance), so
 * that a client alternating instances gets one allowance, not one per instance. Each check is one
 * statement: an upsert that refills the bucket for the time passed, takes from it only if it has
 * enough, and returns a row only then; PostgreSQL's row lock makes concurrent checks on one key
 * exact. Times come from the caller ({@link AbuseClock#millis()}), not from the database.
 * <p>
 * Call it outside a transaction (the resources check before they call a transactional service): each
 * check then commits at once, holds its row lock for one statement only, and is never rolled back by
 * the request's own work.
 */
@ApplicationScoped
public class SharedAllowances {

    /** A limit: {@code capacity} per {@code window} for each key, coming back evenly. */
    public record Limit(String name, long capacity, Duration window) {

        public Limit {
            if (capacity < 1 || window.isNegative() || window.toMillis() < 1) {
                throw new IllegalArgumentException("Limit " + name + " needs a capacity and a window");
            }
        }

        double perMilli() {
            return (double) capacity / window.toMillis();
        }

        String storedKey(String key) {
            return StoredKey.of("allowance:" + name, key);
        }
    }

    /** {@code count} actions of one key under a limit, to be taken whatever is left (batched limits). */
    public record Debit(Limit limit, String key, long count) {
    }

    // the bucket as it is at excluded.at_millis: refilled for the time since a.at_millis, never over capacity
    private static final String REFILLED = "least(excluded.capacity, a.tokens"
            + " + greatest(0, excluded.at_millis - a.at_millis) * excluded.per_milli)";
    // excluded.tokens is capacity minus what is taken, so a new key starts with that taken
    private static final String UPSERT = "insert into shared_allowance as a (key, tokens, at_millis, capacity, per_milli) %s"
            + " on conflict (key) do update set tokens = " + REFILLED + " - (excluded.capacity - excluded.tokens),"
            + " at_millis = greatest(a.at_millis, excluded.at_millis),"
            + " capacity = excluded.capacity, per_milli = excluded.per_milli %s";
    private static final String TAKE = UPSERT.formatted("values (decode(?, 'hex'), ?, ?, ?, ?)",
            "where " + REFILLED + " >= excluded.capacity - excluded.tokens returning tokens");
    private static final String DEBIT = UPSERT.formatted("select decode(k, 'hex'), c, ?, cap, rate"
            + " from unnest(?::text[], ?::float8[], ?::float8[], ?::float8[]) as d(k, c, cap, rate) order by k",
            "returning encode(key, 'hex'), tokens");
    private static final String FULL_AT = "at_millis + (capacity - tokens) / per_milli";

    private final DataSource dataSource;

    public SharedAllowances(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Takes one from the key's allowance if one is left; false (and nothing taken) when it is used up. */
    public boolean take(Limit limit, String key, long nowMillis) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement take = connection.prepareStatement(TAKE)) {
            take.setString(1, limit.storedKey(key));
            take.setDouble(2, limit.capacity() - 1);
            take.setLong(3, nowMillis);
            take.setDouble(4, limit.capacity());
            take.setDouble(5, limit.perMilli());
            try (ResultSet taken = take.executeQuery()) {
                return taken.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not check the allowance " + limit.name(), e);
        }
    }

    /** How long until the key has one action again; zero when it has one now. */
    public Duration retryAfter(Limit limit, String key, long nowMillis) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement read = connection.prepareStatement(
                        "select tokens, at_millis from shared_allowance where key = decode(?, 'hex')")) {
            read.setString(1, limit.storedKey(key));
            try (ResultSet row = read.executeQuery()) {
                if (!row.next()) {
                    return Duration.ZERO;
                }
                double now = Math.min(limit.capacity(),
                        row.getDouble(1) + Math.max(0, nowMillis - row.getLong(2)) * limit.perMilli());
                return now >= 1 ? Duration.ZERO : Duration.ofMillis((long) Math.ceil((1 - now) / limit.perMilli()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the allowance " + limit.name(), e);
        }
    }

    /** Gives one back that was taken for an action that did not happen after all. */
    public void giveBack(Limit limit, String key) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "update shared_allowance set tokens = least(capacity, tokens + 1) where key = decode(?, 'hex')")) {
            update.setString(1, limit.storedKey(key));
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not give back to the allowance " + limit.name(), e);
        }
    }

    /**
     * Takes each debit's count whatever is left (a bucket may go below zero), in one statement, and
     * returns what is left per debit afterwards, by what every instance took: the debits must be of
     * distinct keys. Keys are written in a fixed order, so that two instances never deadlock.
     */
    public Map<Debit, Double> debit(List<Debit> debits, long nowMillis) {
        if (debits.isEmpty()) {
            return Map.of();
        }
        Map<String, Debit> byStoredKey = new HashMap<>();
        List<Debit> sorted = debits.stream().sorted(Comparator.comparing(d -> d.limit().storedKey(d.key()))).toList();
        String[] keys = new String[sorted.size()];
        Double[] remaining = new Double[sorted.size()];
        Double[] capacities = new Double[sorted.size()];
        Double[] rates = new Double[sorted.size()];
        for (int i = 0; i < sorted.size(); i++) {
            Debit debit = sorted.get(i);
            keys[i] = debit.limit().storedKey(debit.key());
            remaining[i] = (double) (debit.limit().capacity() - debit.count());
            capacities[i] = (double) debit.limit().capacity();
            rates[i] = debit.limit().perMilli();
            byStoredKey.put(keys[i], debit);
        }
        Map<Debit, Double> left = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(DEBIT)) {
            statement.setLong(1, nowMillis);
            statement.setArray(2, connection.createArrayOf("text", keys));
            statement.setArray(3, connection.createArrayOf("float8", remaining));
            statement.setArray(4, connection.createArrayOf("float8", capacities));
            statement.setArray(5, connection.createArrayOf("float8", rates));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    left.put(byStoredKey.get(rows.getString(1)), rows.getDouble(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not add to the shared allowances", e);
        }
        return left;
    }

    /** Removes up to {@code max} buckets that are full again (a missing row is a full bucket); returns how many. */
    public int removeFull(long nowMillis, int max) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement("delete from shared_allowance where key in"
                        + " (select key from shared_allowance where " + FULL_AT + " <= ? limit ?)"
                        // again on the row itself: one taken from meanwhile is no longer full and stays
                        + " and " + FULL_AT + " <= ?")) {
            delete.setLong(1, nowMillis);
            delete.setInt(2, max);
            delete.setLong(3, nowMillis);
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not remove full allowances", e);
        }
    }
}
