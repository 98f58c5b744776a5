package dk.ringtjek.abuse;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Every limit and threshold that protects the site from abuse, in one place. */
@ConfigMapping(prefix = "ringtjek.abuse")
public interface AbuseConfig {

    /** Distinct flags that hold a report for a moderator. */
    @WithDefault("3")
    int flagsToHold();
}
