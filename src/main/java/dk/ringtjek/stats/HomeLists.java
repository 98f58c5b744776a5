package dk.ringtjek.stats;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import dk.ringtjek.verdict.Verdict;

/**
 * What is going on right now, for the home page: each list a few entries long, read together and
 * kept in memory for a short while ({@link HomeListsService}).
 */
public record HomeLists(
        List<ReportTeaser> latestReports,
        List<NumberCount> mostLookedUpToday,
        List<NumberCount> mostLookedUpWeek,
        List<NumberCount> mostComplained,
        List<VerifiedEntry> recentlyVerified,
        List<CurrentWave> currentWaves) {

    /** Whether there is anything to show at all (a new site has nothing yet). */
    public boolean hasAny() {
        return !(latestReports.isEmpty() && mostLookedUpToday.isEmpty() && mostLookedUpWeek.isEmpty()
                && mostComplained.isEmpty() && recentlyVerified.isEmpty() && currentWaves.isEmpty());
    }

    /** A public report, shortened. */
    public record ReportTeaser(NumberLink number, String rating, String excerpt, LocalDate day) {

        public String ratingKey() {
            return "home.lists.rating." + rating.toLowerCase(Locale.ROOT);
        }

        /** A CSS modifier, as for the verdict: praise looks good, a complaint bad. */
        public String tone() {
            return switch (rating) {
                case "POSITIVE" -> "good";
                case "NEGATIVE" -> "bad";
                default -> "neutral";
            };
        }
    }

    /** A number and how many lookups or complaints it had. */
    public record NumberCount(NumberLink number, long count) {
    }

    /** A number in a wave of complaints this week or last week (report.TrendRules): the week and its complaints. */
    public record CurrentWave(NumberLink number, LocalDate week, long complaints) {
    }

    /** Official information an editor checked recently. */
    public record VerifiedEntry(NumberLink number, String ownerName, Verdict verdict, LocalDate lastVerified) {
    }
}
