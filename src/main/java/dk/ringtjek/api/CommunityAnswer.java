package dk.ringtjek.api;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dk.ringtjek.report.Category;
import dk.ringtjek.report.CategoryCount;
import dk.ringtjek.report.CommunityScore;
import dk.ringtjek.report.CrowdView;

/** The crowd's part of a number, read from its stored aggregate (see CommunityScore for the rule). */
@Schema(name = "Community", description = "The community score from visitors' reports; empty for a number nobody reported.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CommunityAnswer(
        @Schema(example = "22", minimum = "0", maximum = "100",
                description = "0 (dangerous) to 100 (trustworthy); absent while nobody's report counts") Integer score,
        @Schema(required = true,
                type = SchemaType.STRING, enumeration = {
                    "TRUSTWORTHY", "MIXED", "ANNOYING", "DANGEROUS", "UNRATED"
                }) CommunityScore.Label label,
        @Schema(required = true, description = "How sure the score is",
                type = SchemaType.STRING, enumeration = {
                    "NONE", "WEAK", "MODERATE", "STRONG"
                }) CommunityScore.Strength confidence,
        @Schema(required = true, example = "12", description = "People whose report counts (one per person)") int people,
        @Schema(required = true, example = "14", description = "Visible reports") int reports,
        @Schema(required = true) Ratings ratings,
        @Schema(required = true, description = "Counted reports by category, most first") List<CategoryShare> categories,
        @Schema(example = "2025-03-01T09:30:00Z", description = "Time of the newest visible report") OffsetDateTime lastReportedAt) {

    static CommunityAnswer of(CrowdView crowd) {
        return new CommunityAnswer(crowd.score() == null ? null : crowd.percent(), crowd.label(), crowd.strength(),
                crowd.people(), crowd.reportCount(),
                new Ratings(crowd.positive(), crowd.neutral(), crowd.negative()),
                crowd.categories().stream().map(CategoryShare::of).toList(), crowd.lastReportedAt());
    }

    /** Counted reports by rating. */
    @Schema(name = "Ratings")
    public record Ratings(@Schema(required = true) int positive, @Schema(required = true) int neutral,
            @Schema(required = true) int negative) {
    }

    /** Counted reports in one category; share is of all counted reports (0-100). */
    @Schema(name = "CategoryShare")
    public record CategoryShare(@Schema(required = true,
            type = SchemaType.STRING, enumeration = {
                "CUSTOMER_SERVICE", "SALES", "UNLAWFUL_SALES", "ROBINSON_IGNORED", "SURVEY", "DEBT_COLLECTION",
                "SCAM_PHISHING", "WANGIRI", "ROBOT_CALL", "SILENT_CALL", "SPOOFED", "OTHER"
            }) Category category, @Schema(required = true) int count,
            @Schema(required = true, minimum = "0", maximum = "100") int share) {

        static CategoryShare of(CategoryCount count) {
            return new CategoryShare(count.category(), count.count(), count.share());
        }
    }
}
