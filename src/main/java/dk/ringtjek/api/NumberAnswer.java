package dk.ringtjek.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * GET /api/v1/numbers/{number}: everything Ringtjek knows about a number, the official part and the
 * crowd's part kept apart as on the number page.
 */
@Schema(name = "Number", description = "A number: its facts, the editors' verdict, the community score and lookups.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NumberAnswer(
        @Schema(required = true, example = "+4570114040", description = "The number in E.164") String e164,
        @Schema(required = true, example = "70 11 40 40", description = "National spelling") String national,
        @Schema(required = true, example = "+45 70 11 40 40", description = "International spelling") String international,
        @Schema(required = true, example = "https://ringtjek.dk/nummer/70114040", description = "The number's page")
        String page,
        @Schema(required = true) Facts facts,
        @Schema(description = "The editors' official information; absent when they have none") CuratedAnswer curated,
        @Schema(required = true) CommunityAnswer community,
        @Schema(required = true) Lookups lookups) {

    /** What the number itself tells, without anybody's report. */
    @Schema(name = "NumberFacts")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Facts(
            @Schema(required = true, example = "fixed-line-or-mobile",
                    description = "Kind of number (libphonenumber's types, plus short)") String type,
            @Schema(required = true, description = "The kind of number in words, in Danish and English")
            List<LocalizedText> typeText,
            @Schema(example = "DK", description = "ISO 3166 region; absent for non-geographic numbers") String country,
            @Schema(description = "What the range means in Denmark (70, 80, 90 numbers, short numbers)")
            List<LocalizedText> rangeMeaning,
            @Schema(example = "TDC", description = "The operator the range was first assigned to (the number may have "
                    + "moved since)") String originalOperator,
            @Schema(example = "London", description = "The area of a fixed-line range, where known (English)") String area) {
    }

    /** How often the number was looked up on the site. */
    @Schema(name = "Lookups")
    public record Lookups(
            @Schema(required = true, example = "1520") long total,
            @Schema(required = true, example = "41") long last7Days,
            @Schema(required = true, example = "160") long last30Days) {
    }
}
