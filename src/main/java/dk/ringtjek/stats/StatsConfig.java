package dk.ringtjek.stats;

import java.time.Duration;
import java.time.ZoneId;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the lookup statistics and the home page's lists. */
@ConfigMapping(prefix = "ringtjek.stats")
public interface StatsConfig {

    /**
     * How often counted lookups are written to the database (read by {@link LookupFlusher}'s schedule);
     * "off" leaves flushing to shutdown and to whoever calls {@link LookupFlusher#flush()}.
     */
    @WithDefault("5s")
    String flushInterval();

    /** At most this many numbers and days per flush statement. */
    @WithDefault("1000")
    int flushBatchSize();

    /** The time zone whose calendar days the statistics count in. */
    @WithDefault("Europe/Copenhagen")
    ZoneId zone();

    /** How long the home page's lists are served from memory before they are read again. */
    @WithDefault("60s")
    Duration listsTtl();

    /** How many entries each home page list shows. */
    @WithDefault("8")
    int listSize();

    /**
     * Distinct visitors a number needs (today, or summed over the week's days) to appear in the home
     * page's most-looked-up lists. One visitor adds at most one a day, so at most 7 to the week.
     */
    @WithDefault("10")
    int listMinVisitors();

    /**
     * How many (visitor, number, day) fingerprints are remembered to count each visitor once per
     * number and day (LookupCounter); about 90 bytes each, the least used forgotten first.
     */
    @WithDefault("200000")
    long visitorsRemembered();
}
