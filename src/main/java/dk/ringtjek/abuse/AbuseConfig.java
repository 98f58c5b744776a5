package dk.ringtjek.abuse;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Every limit and threshold that protects the site from abuse, in one place. */
@ConfigMapping(prefix = "ringtjek.abuse")
public interface AbuseConfig {

    /** Distinct flags that hold a report for a moderator. */
    @WithDefault("3")
    int flagsToHold();

    /** A report form sent back faster than this after it was shown is a bot's. */
    @WithDefault("PT3S")
    Duration minFormTime();

    /** Author keys are removed from reports (and old helpful votes deleted) after this. */
    @WithDefault("P30D")
    Duration authorKeyRetention();

    Burst burst();

    /** Many reports on one number in a short time from authors never seen before: a campaign. */
    interface Burst {
        /** The window in which reports are counted. */
        @WithDefault("PT10M")
        Duration window();

        /** Distinct new authors in the window from which new reports are held. */
        @WithDefault("8")
        int newAuthors();
    }
}
