package dk.ringtjek.abuse;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Every limit and threshold that protects the site from abuse, in one place. */
@ConfigMapping(prefix = "ringtjek.abuse")
public interface AbuseConfig {

    /** Distinct flags that hold a report for a moderator (moderation.HoldRule says the whole rule). */
    @WithDefault("3")
    int flagsToHold();

    Hold hold();

    /** A report form sent back faster than this after it was shown is a bot's. */
    @WithDefault("PT3S")
    Duration minFormTime();

    /** Author keys are removed from reports (and old helpful votes deleted) after this. */
    @WithDefault("P30D")
    Duration authorKeyRetention();

    Burst burst();

    Login login();

    Rate rate();

    Shared shared();

    /** The allowances and login counts all instances share in PostgreSQL (SharedAllowances, AllowanceJobs). */
    interface Shared {
        /**
         * How often the page views and API requests counted in memory are added to the shared count (a
         * scheduler interval such as {@code 1s}): each instance may overshoot by about one interval's requests.
         */
        @WithDefault("1s")
        String flushInterval();

        /** How often full buckets and ended login windows are removed (a scheduler interval). */
        @WithDefault("10m")
        String cleanupInterval();

        /** Rows removed per batch; at most 10 batches a run. */
        @WithDefault("5000")
        int cleanupBatch();
    }

    /** A report many visitors found helpful needs more flags to be held (moderation.HoldRule). */
    interface Hold {
        /** Helpful votes (one per visitor) from which a report needs {@link #flagsWhenHelpful()} flags. */
        @WithDefault("10")
        int helpfulVotes();

        /** Distinct flags that hold a report with that many helpful votes. */
        @WithDefault("6")
        int flagsWhenHelpful();
    }

    /** Failed staff logins: refused per client, slowed down per account (account.LoginThrottle). */
    interface Login {
        /** Failed logins of one client on one account name per window; then that client is refused there. */
        @WithDefault("5")
        int maxFailuresPerAccountAndClient();

        /** Failed logins per client per window, whichever accounts it tries; then the client is refused. */
        @WithDefault("20")
        int maxFailuresPerClient();

        /** Failed logins on one account name per window, from anywhere, before its attempts are slowed down. */
        @WithDefault("5")
        int slowDownAfter();

        /** The first delay; it doubles with each further failure. */
        @WithDefault("1S")
        Duration slowDownFirst();

        /** The longest delay: an account is slowed down, never locked. */
        @WithDefault("10S")
        Duration slowDownMax();

        /** Failures are counted for this long from a key's first one, then forgotten. */
        @WithDefault("15M")
        Duration window();
    }

    /** Allowances per client key; over them a request gets 429 with Retry-After. */
    interface Rate {
        /** New reports in a short window, and in a day. */
        @WithDefault("5")
        int reportsPerWindow();

        @WithDefault("PT10M")
        Duration reportsWindow();

        @WithDefault("20")
        int reportsPerDay();

        /** "Report this post" flags per hour. */
        @WithDefault("20")
        int flagsPerHour();

        /** Helpful votes per hour. */
        @WithDefault("60")
        int votesPerHour();

        /** Page views and searches per minute: generous, against scrapers only. */
        @WithDefault("300")
        int viewsPerMinute();

        /** Open-data API requests (/api/v1) per minute. */
        @WithDefault("120")
        int apiPerMinute();
    }

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
