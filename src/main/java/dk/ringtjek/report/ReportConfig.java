package dk.ringtjek.report;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the crowd reports and their score. */
@ConfigMapping(prefix = "ringtjek.report")
public interface ReportConfig {

    /** Reports lose half their weight in the score over this time. */
    @WithDefault("P180D")
    Duration halfLife();

    /**
     * How many neutral "virtual reports" the score starts from, so that one or two reports cannot
     * make an extreme score (a Bayesian average with a neutral prior).
     */
    @WithDefault("2")
    double priorWeight();

    /** How often every score is aged (the scheduler's "every" syntax). */
    @WithDefault("1h")
    String decayEvery();

    /** Reports shown per page on the number page. */
    @WithDefault("20")
    int pageSize();

    /**
     * Whether the blocklist's membership is checked against the scores once after start-up, in the
     * background (BlocklistMembership#reconcile): for data written without the application.
     */
    @WithDefault("true")
    boolean blocklistCheckAtStart();
}
