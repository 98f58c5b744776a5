package dk.ringtjek.replica;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.arc.InjectableInstance;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;

/**
 * Whether the replica may serve reads now: reachable, and at most {@link ReplicaConfig#maxLag()} behind
 * the primary. Measured by a heartbeat (V16): each probe writes the primary's time into
 * replica_heartbeat and reads, on the replica, how old the replayed value is. A failed probe, a lag past
 * the bound or a failed read ({@link #down()}) sends reads to the primary until a probe finds the
 * replica fine again. Before the first probe the replica is not used.
 */
@ApplicationScoped
public class ReplicaFreshness {

    private final InjectableInstance<AgroalDataSource> replica;
    private final AgroalDataSource primary;
    private final double maxLagSeconds;
    private volatile boolean fresh;

    public ReplicaFreshness(@DataSource("replica") InjectableInstance<AgroalDataSource> replica,
            AgroalDataSource primary, ReplicaConfig config) {
        this.replica = replica;
        this.primary = primary;
        this.maxLagSeconds = config.maxLag().toMillis() / 1000.0;
    }

    /** Whether a replica is configured (its datasource is active). */
    public boolean configured() {
        return replica.isResolvable() && replica.getHandle().getBean().isActive();
    }

    /** The replica's datasource; only when {@link #configured()}. */
    AgroalDataSource dataSource() {
        return replica.get();
    }

    /** Whether reads that may lag go to the replica now. */
    public boolean fresh() {
        return fresh;
    }

    /** A read on the replica failed as if it were away: the primary answers until the next good probe. */
    void down() {
        if (fresh) {
            Log.warn("replica: a read failed; reads go to the primary until it is back");
        }
        fresh = false;
        forgetConnections();
    }

    /** Idle connections to a replica that went away are dead; new ones are made once it is back. */
    private void forgetConnections() {
        if (configured()) {
            dataSource().flush(AgroalDataSource.FlushMode.IDLE);
        }
    }

    @Scheduled(every = "${ringtjek.replica.probe-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = NoReplica.class)
    void scheduledProbe() {
        beat();
        probe();
    }

    /** Writes the heartbeat on the primary; while the primary is away there is nothing to write. */
    void beat() {
        try (Connection connection = primary.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("update replica_heartbeat set beat_at = now() where id = 1");
        } catch (SQLException e) {
            Log.debugf("replica heartbeat not written: %s", e.getMessage());
        }
    }

    /** Measures the replica's lag and decides whether it may serve reads. */
    public void probe() {
        if (!configured()) {
            return;
        }
        Double lag = lagSeconds();
        boolean nowFresh = lag != null && lag <= maxLagSeconds;
        if (nowFresh != fresh) {
            if (nowFresh) {
                Log.infof("replica: %.1f s behind; reads that may lag go to the replica", lag);
            } else if (lag == null) {
                Log.warn("replica: not reachable; reads go to the primary");
            } else {
                Log.warnf("replica: %.1f s behind (bound %.1f s); reads go to the primary", lag, maxLagSeconds);
            }
        }
        fresh = nowFresh;
    }

    /** Seconds the replica is behind, or null when it cannot be asked. */
    private Double lagSeconds() {
        try (Connection connection = dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(
                        "select extract(epoch from now() - beat_at) from replica_heartbeat where id = 1")) {
            return row.next() ? Math.max(0, row.getDouble(1)) : null;
        } catch (SQLException e) {
            Log.debugf("replica probe failed: %s", e.getMessage());
            forgetConnections();
            return null;
        }
    }

    /** Skips the schedule when there is no replica: no heartbeat is written then. */
    @ApplicationScoped
    public static class NoReplica implements Scheduled.SkipPredicate {

        private final ReplicaFreshness freshness;

        public NoReplica(ReplicaFreshness freshness) {
            this.freshness = freshness;
        }

        @Override
        public boolean test(io.quarkus.scheduler.ScheduledExecution execution) {
            return !freshness.configured();
        }
    }
}
