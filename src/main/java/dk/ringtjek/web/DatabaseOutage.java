package dk.ringtjek.web;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.exception.JDBCConnectionException;

import io.agroal.api.AgroalDataSource;

/**
 * Whether a failure means the database cannot be reached: no connection within the pool's acquisition
 * timeout (quarkus.datasource.jdbc.acquisition-timeout), a connection refused or broken (SQLState class
 * 08), or the server shutting down (57P01-57P03). That is not a bug of ours but a passing outage: the
 * answer is 503 with Retry-After and our error page, logged as one line without a stack trace.
 * <p>
 * The pool's idle connections are dropped when an outage is noticed: they died with the server, and
 * would otherwise fail one request each after it is back. New ones are made by themselves once the
 * server answers again, so the site recovers without a restart.
 */
@ApplicationScoped
public class DatabaseOutage {

    /** Seconds a client is asked to wait: about how long a database restart or fail-over takes. */
    public static final String RETRY_AFTER_SECONDS = "30";

    private static final int MAX_DEPTH = 20;

    private final AgroalDataSource dataSource;

    public DatabaseOutage(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Whether the failure is an outage; if so, the connections it left behind are dropped. */
    public boolean noticed(Throwable failure) {
        if (!causedBy(failure)) {
            return false;
        }
        dataSource.flush(AgroalDataSource.FlushMode.IDLE);
        return true;
    }

    /** Whether the failure means the database cannot be reached (see the class comment). */
    public static boolean causedBy(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_DEPTH; depth++, cause = cause.getCause()) {
            if (cause instanceof JDBCConnectionException || cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && isOutage(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOutage(SQLException e) {
        String state = e.getSQLState();
        if (state != null) {
            return state.startsWith("08") || state.startsWith("57P0");
        }
        // Agroal's pool gives up waiting with a plain SQLException ("Acquisition timeout while ...",
        // "Sorry, acquisition timeout!")
        String message = e.getMessage();
        return message != null && message.toLowerCase(java.util.Locale.ROOT).contains("acquisition timeout");
    }
}
