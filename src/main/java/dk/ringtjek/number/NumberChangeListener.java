package dk.ringtjek.number;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.postgresql.Driver;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Hears every instance's changes to numbers at once: {@link NumberChanges} sends {@code NOTIFY
 * number_changed, '<e164>'} in the writing transaction, PostgreSQL delivers it to every listening
 * connection when that commits, and this fires {@link NumberChanged} here, so the page cache forgets
 * the number's pages within a moment of the commit on every instance, not after its time to live.
 * <p>
 * One connection of its own, outside the pool (a pooled connection would be handed to others), to the
 * default datasource's server with its settings, read by a background thread. When the server goes
 * away it reconnects with a growing pause, and then forgets every cached page, since changes made
 * meanwhile were not heard; the page version check stays the fallback for anything missed.
 */
@ApplicationScoped
public class NumberChangeListener {

    static final String CHANNEL = "number_changed";

    private static final int WAIT_MILLIS = 500;
    private static final Duration FIRST_PAUSE = Duration.ofMillis(250);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(5);
    /** A quiet connection is asked something this often, so that one the network dropped is noticed. */
    private static final Duration PROBE_AFTER = Duration.ofSeconds(15);

    private final Optional<String> url;
    private final Properties connectionProperties = new Properties();
    private final boolean enabled;
    private final Event<NumberChanged> events;
    private final NumberPageCache cache;
    private volatile boolean running;
    private volatile Connection connection;
    private Thread thread;

    public NumberChangeListener(@ConfigProperty(name = "quarkus.datasource.jdbc.url") Optional<String> url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> username,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password,
            NumberPageCache.Config config, Event<NumberChanged> events, NumberPageCache cache) {
        this.url = url;
        username.ifPresent(user -> connectionProperties.setProperty("user", user));
        password.ifPresent(secret -> connectionProperties.setProperty("password", secret));
        connectionProperties.setProperty("ApplicationName", "ringtjek number-change listener");
        connectionProperties.setProperty("connectTimeout", "5");
        connectionProperties.setProperty("tcpKeepAlive", "true");
        this.enabled = config.listen();
        this.events = events;
        this.cache = cache;
    }

    void start(@Observes StartupEvent event) {
        if (!enabled || url.isEmpty()) {
            return;
        }
        running = true;
        thread = new Thread(this::listen, "number-change-listener");
        thread.setDaemon(true);
        thread.start();
    }

    // default priority: before the embedded database (if any) is stopped
    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        if (thread == null) {
            return;
        }
        running = false;
        closeQuietly(connection);
        thread.interrupt();
        thread.join(Duration.ofSeconds(5).toMillis());
    }

    private void listen() {
        Duration pause = FIRST_PAUSE;
        boolean missedSome = false;
        while (running) {
            try (Connection listening = connect()) {
                connection = listening;
                try (Statement listen = listening.createStatement()) {
                    listen.execute("listen " + CHANNEL);
                }
                if (missedSome) {
                    cache.forgetAll();
                    Log.info("Listening to number changes again; cached pages forgotten");
                }
                pause = FIRST_PAUSE;
                missedSome = false;
                hear(listening);
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    break;
                }
                if (!missedSome) {
                    Log.warnf("Not listening to number changes (%s); trying again, pages fall back to their version check",
                            e.getMessage());
                }
                missedSome = true;
                if (!sleep(pause)) {
                    break;
                }
                pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    private void hear(Connection listening) throws SQLException {
        PGConnection notifications = listening.unwrap(PGConnection.class);
        long heardAt = System.nanoTime();
        while (running) {
            PGNotification[] arrived = notifications.getNotifications(WAIT_MILLIS);
            if (arrived != null && arrived.length > 0) {
                for (PGNotification notification : arrived) {
                    events.fire(new NumberChanged(notification.getParameter()));
                }
                heardAt = System.nanoTime();
            } else if (System.nanoTime() - heardAt > PROBE_AFTER.toNanos()) {
                try (Statement probe = listening.createStatement()) {
                    probe.execute("select 1");
                }
                heardAt = System.nanoTime();
            }
        }
    }

    private Connection connect() throws SQLException {
        Connection opened = new Driver().connect(url.orElseThrow(), connectionProperties);
        if (opened == null) {
            throw new SQLException("Not a PostgreSQL URL: the number-change listener needs one");
        }
        opened.setAutoCommit(true);
        return opened;
    }

    private static boolean sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void closeQuietly(Connection open) {
        if (open == null) {
            return;
        }
        try {
            open.close();
        } catch (SQLException e) {
            Log.debug("Closing the number-change listener's connection failed", e);
        }
    }
}
