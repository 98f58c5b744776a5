package dk.ringtjek.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dk.ringtjek.report.CommunityScore;

/**
 * The JSON form of GET /api/v1/blocklist, for the OpenAPI document: the answer itself is streamed row by
 * row by {@link BlocklistWriters}, never built as one object.
 */
@Schema(name = "Blocklist", description = "Numbers the community finds annoying or dangerous, or the changes since a version.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BlocklistAnswer(
        @Schema(required = true, example = "1873", description = "Pass as ?since= next time to get only the changes")
        long version,
        @Schema(example = "1850", description = "The version the changes are counted from, if ?since= was given")
        Long since,
        @Schema(required = true, description = "Numbers on the list (with ?since=: added since that version)")
        List<Entry> numbers,
        @Schema(required = true, description = "Numbers taken off the list since that version (empty without ?since=); "
                + "may name a number that was added and removed in between: removing it is then a no-op")
        List<String> removed) {

    /** A number on the blocklist. */
    @Schema(name = "BlocklistEntry")
    public record Entry(
            @Schema(required = true, example = "+4535150000") String e164,
            @Schema(required = true, type = SchemaType.STRING, enumeration = { "ANNOYING", "DANGEROUS" })
            CommunityScore.Label label,
            @Schema(required = true, example = "12", minimum = "0", maximum = "100") int score) {
    }
}
