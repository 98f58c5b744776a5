package dk.ringtjek.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The listener hears what any connection to the database notifies, as another instance's write would,
 * only once it commits, and again after its own connection was cut.
 */
@QuarkusTest
class NumberChangeListenerTest {

    /** How long another "instance"'s notification may take to arrive, however busy the machine is. */
    private static final Duration BOUND = Duration.ofSeconds(30);

    @Inject
    DataSource dataSource;

    @Inject
    HeardNumberChanges heard;

    @Inject
    NumberChanges changes;

    @Inject
    NumberNormaliser normaliser;

    @Test
    void shouldNotifyEveryListenerOfAWriteOnceItCommitsAndNeverOfOneRolledBack() throws Exception {
        try (Connection listening = dataSource.getConnection()) {
            try (Statement listen = listening.createStatement()) {
                listen.execute("listen " + NumberChangeListener.CHANNEL);
            }
            try {
                QuarkusTransaction.requiringNew().run(() -> changes.lockForChange(normaliser.normalise("89990010")));
                assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
                    changes.lockForChange(normaliser.normalise("89990011"));
                    throw new IllegalStateException("rolled back");
                }));
                long stored = QuarkusTransaction.requiringNew().call(() -> changes.lockForChange(normaliser.normalise("89990012")));
                QuarkusTransaction.requiringNew().run(() -> changes.lockForChange(stored));
                QuarkusTransaction.requiringNew().run(() -> changes.changed("+4589990013")); // not stored: no change
                notifyChanged("end"); // notifications arrive in commit order: all of the above come before it

                Set<String> sent = new HashSet<>();
                PGConnection notifications = listening.unwrap(PGConnection.class);
                long deadline = System.nanoTime() + BOUND.toNanos();
                while (!sent.contains("end") && System.nanoTime() < deadline) {
                    PGNotification[] arrived = notifications.getNotifications(500);
                    for (PGNotification notification : arrived == null ? new PGNotification[0] : arrived) {
                        sent.add(notification.getParameter());
                    }
                }
                assertEquals(Set.of("+4589990010", "+4589990012", "end"), sent);
            } finally {
                try (Statement unlisten = listening.createStatement()) {
                    unlisten.execute("unlisten *"); // the connection goes back to the pool
                }
            }
        }
    }

    @Test
    void shouldHearAChangeCommittedThroughAnotherConnection() throws Exception {
        notifyChanged("+4589990001");
        assertTrue(waitUntilHeard("+4589990001", null), "heard within " + BOUND);
    }

    @Test
    void shouldNotHearAChangeWhoseTransactionRolledBack() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            notifyOn(connection, "+4589990002");
            connection.rollback();
        }
        notifyChanged("+4589990003");
        assertTrue(waitUntilHeard("+4589990003", null));
        // notifications arrive in commit order: the rolled-back one would have come first
        assertFalse(heard.contains("+4589990002"));
    }

    @Test
    void shouldListenAgainAfterItsConnectionWasCut() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement cut = connection.createStatement()) {
            cut.execute("select pg_terminate_backend(pid) from pg_stat_activity"
                    + " where application_name = 'ringtjek number-change listener'");
        }
        // sent again and again: those sent before it listens again are not heard (the version check's part)
        assertTrue(waitUntilHeard("+4589990004", "+4589990004"), "listening again within " + BOUND);
    }

    private boolean waitUntilHeard(String e164, String resend) throws Exception {
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (System.nanoTime() < deadline) {
            if (resend != null) {
                notifyChanged(resend);
            }
            if (heard.contains(e164)) {
                return true;
            }
            Thread.sleep(100);
        }
        return heard.contains(e164);
    }

    private void notifyChanged(String e164) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            notifyOn(connection, e164);
        }
    }

    private static void notifyOn(Connection connection, String e164) throws SQLException {
        try (PreparedStatement send = connection.prepareStatement("select pg_notify(?, ?)")) {
            send.setString(1, NumberChangeListener.CHANNEL);
            send.setString(2, e164);
            send.execute();
        }
    }
}
