package dk.ringtjek.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dk.ringtjek.report.CommunityScore;
import dk.ringtjek.verdict.Verdict;

/**
 * GET /api/v1/lookup/{prefix}: every known number whose SHA-256 starts with the prefix, so that a
 * client finds its number among them without telling which one it is.
 */
@Schema(name = "Lookup", description = "Known numbers whose SHA-256 (of the E.164 text) starts with the prefix.")
public record LookupAnswer(
        @Schema(required = true, example = "3f2a9") String prefix,
        @Schema(required = true) List<Hit> numbers) {

    /** One known number. */
    @Schema(name = "LookupHit")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Hit(
            @Schema(required = true, example = "+4570114040") String e164,
            @Schema(required = true, example = "3f2a94c0...", description = "SHA-256 of e164, hex") String sha256,
            @Schema(required = true,
                    type = SchemaType.STRING, enumeration = {
                        "TRUSTWORTHY", "MIXED", "ANNOYING", "DANGEROUS", "UNRATED"
                    }) CommunityScore.Label label,
            @Schema(example = "22", minimum = "0", maximum = "100", description = "Absent while unrated") Integer score,
            @Schema(required = true,
                    type = SchemaType.STRING, enumeration = {
                        "NONE", "WEAK", "MODERATE", "STRONG"
                    }) CommunityScore.Strength confidence,
            @Schema(description = "The editors' verdict, if they have one",
                    type = SchemaType.STRING, enumeration = {
                        "LEGITIMATE", "SALES", "DEBT_COLLECTION", "SCAM_WARNING", "UNKNOWN"
                    }) Verdict verdict) {
    }
}
