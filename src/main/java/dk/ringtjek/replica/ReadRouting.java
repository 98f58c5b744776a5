package dk.ringtjek.replica;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.SessionFactory;

import dk.ringtjek.web.DatabaseOutage;

/**
 * Where reads go. Reads that may lag a few seconds (page builds, the home lists, the sitemap, the API)
 * run inside {@link #mayLag}; while {@link ReplicaFreshness} finds the replica fresh they read through a
 * read-only Hibernate session on the replica's connection, else, and for everything else (writes,
 * page-version checks, a visitor's own just-posted report), through the primary's EntityManager. The
 * readers ask {@link #em()} for the EntityManager of the read they are part of.
 * <p>
 * A read that fails on the replica because it is away (or a hot-standby conflict cancels it) is run
 * again on the primary, and the replica is left alone until the next good probe. Without a configured
 * replica this is the primary's EntityManager and nothing else.
 */
@ApplicationScoped
public class ReadRouting {

    /** The replica session of the read running on this thread, if it runs on the replica. */
    private static final ThreadLocal<Session> ON_REPLICA = new ThreadLocal<>();

    private final EntityManager primary;
    private final SessionFactory sessions;
    private final ReplicaFreshness freshness;

    public ReadRouting(EntityManager primary, SessionFactory sessions, ReplicaFreshness freshness) {
        this.primary = primary;
        this.sessions = sessions;
        this.freshness = freshness;
    }

    /** The EntityManager for a read now: the replica's inside {@link #mayLag} when it is fresh. */
    public EntityManager em() {
        Session replica = ON_REPLICA.get();
        return replica != null ? replica : primary;
    }

    /** Whether the read running on this thread reads the replica. */
    public boolean onReplica() {
        return ON_REPLICA.get() != null;
    }

    /**
     * Runs reads that may lag: on the replica while it is fresh, else on the primary. They may run
     * twice (the replica failed, or they threw {@link Behind}), so they must not write anywhere.
     */
    public <T> T mayLag(Supplier<T> reads) {
        return route(reads, true);
    }

    /**
     * As {@link #mayLag}, for reads that send what they read on as they go (a streamed export): run
     * again only when they throw {@link Behind} before sending anything, else a failure is the answer's.
     */
    public <T> T mayLagOnce(Supplier<T> reads) {
        return route(reads, false);
    }

    /** Thrown by reads that find the replica behind what they must show: they are run on the primary. */
    public static final class Behind extends RuntimeException {
        public Behind() {
            super("the replica is behind what this read needs", null, false, false);
        }
    }

    private <T> T route(Supplier<T> reads, boolean repeatable) {
        if (ON_REPLICA.get() != null || !freshness.fresh()) {
            return reads.get();
        }
        Connection connection;
        try {
            connection = freshness.dataSource().getConnection();
        } catch (SQLException | RuntimeException e) {
            freshness.down();
            return reads.get();
        }
        try {
            return onReplica(connection, reads);
        } catch (Behind e) {
            return reads.get();
        } catch (RuntimeException e) {
            if (!replicaAway(e)) {
                throw e;
            }
            freshness.down();
            if (!repeatable) {
                throw e;
            }
            return reads.get();
        }
    }

    /**
     * The reads in one read-only transaction of the replica: one snapshot for all their queries (a
     * page and its version agree), and cursors for streamed reads. The connection is ours (the replica
     * datasource takes no part in transactions): the session neither joins the primary's transaction
     * nor ends this one or closes the connection; that is done here.
     */
    private <T> T onReplica(Connection connection, Supplier<T> reads) {
        try (connection) {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            try (Session session = sessions.withOptions().connection(connection)
                    .autoJoinTransactions(false).flushMode(FlushMode.MANUAL).openSession()) {
                session.setDefaultReadOnly(true);
                ON_REPLICA.set(session);
                return reads.get();
            } finally {
                ON_REPLICA.remove();
                connection.rollback();
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new org.hibernate.exception.JDBCConnectionException("the replica connection failed", e);
        }
    }

    /** Away or behind: unreachable, or a query cancelled by a conflict with recovery (SQLState 40001). */
    private static boolean replicaAway(Throwable failure) {
        if (DatabaseOutage.causedBy(failure)) {
            return true;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "40001".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
