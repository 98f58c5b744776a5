package dk.ringtjek.report;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The crowd part of a number page, read from the stored aggregate: nothing here is recomputed
 * on a read. {@code held} is how many reports wait for a moderator (left out of every other count),
 * {@code hidden} how many a moderator hid.
 */
public record CrowdView(
        int people,
        int reportCount,
        int held,
        int hidden,
        Double score,
        double weightSum,
        int positive,
        int neutral,
        int negative,
        OffsetDateTime lastReportedAt,
        List<CategoryCount> categories,
        List<CategoryCount> complaintThemes,
        List<ReportView> helpfulPraise,
        List<ReportView> helpfulComplaints,
        List<ReportView> reports,
        Cursor next) {

    /** From this many reports on, the page sets the most helpful praise and complaints side by side. */
    public static final int EXPERIENCES_FROM = 3;

    public boolean showsExperiences() {
        return reportCount >= EXPERIENCES_FROM;
    }

    public CommunityScore.Label label() {
        return CommunityScore.label(score);
    }

    public String labelCss() {
        return label().name().toLowerCase(java.util.Locale.ROOT);
    }

    public int percent() {
        return CommunityScore.percent(score);
    }

    public CommunityScore.Strength strength() {
        return CommunityScore.strength(weightSum, people);
    }

    public int positiveShare() {
        return share(positive);
    }

    public int neutralShare() {
        return share(neutral);
    }

    public int negativeShare() {
        return share(negative);
    }

    public String nextToken() {
        return next == null ? null : next.token();
    }

    private int share(int count) {
        return people == 0 ? 0 : Math.round(100f * count / people);
    }
}
