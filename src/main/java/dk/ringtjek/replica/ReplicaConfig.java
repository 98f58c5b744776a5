package dk.ringtjek.replica;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Settings of the read replica. Its address is the datasource "replica" (application.properties,
 * RINGTJEK_REPLICA_JDBC_URL); without one every read goes to the primary and nothing here runs.
 */
@ConfigMapping(prefix = "ringtjek.replica")
public interface ReplicaConfig {

    /** The replica's address (RINGTJEK_REPLICA_JDBC_URL), given to the datasource "replica"; none: no replica. */
    Optional<String> jdbcUrl();

    /** Its user (RINGTJEK_REPLICA_USERNAME). */
    Optional<String> username();

    /** Its password (RINGTJEK_REPLICA_PASSWORD). */
    Optional<String> password();

    /** Reads may lag the primary by at most this much; a replica further behind is not used. */
    @WithDefault("PT5S")
    Duration maxLag();

    /** How often each instance writes the heartbeat on the primary and measures the replica's lag. */
    @WithDefault("1s")
    String probeInterval();
}
