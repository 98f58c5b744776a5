package dk.ringtjek.api;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dk.ringtjek.verdict.ContactChannel;
import dk.ringtjek.verdict.CuratedEntry;
import dk.ringtjek.verdict.Verdict;

/** The editors' official information about a number, as the API gives it; editors write in Danish. */
@Schema(name = "Curated", description = "The editors' verdict, with its sources. Never mixed with the crowd's score.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CuratedAnswer(
        @Schema(required = true, example = "Skattestyrelsen") String owner,
        @Schema(required = true,
                type = SchemaType.STRING, enumeration = {
                    "LEGITIMATE", "SALES", "DEBT_COLLECTION", "SCAM_WARNING", "UNKNOWN"
                }) Verdict verdict,
        @Schema(required = true) LocalizedText summary,
        @Schema(required = true, description = "Why the owner calls") List<LocalizedText> callReasons,
        @Schema(description = "What to know when it is a sales call") LocalizedText salesNote,
        @Schema(required = true) List<Channel> channels,
        @Schema(required = true) List<SourceLink> sources,
        @Schema(example = "2025-01-15", description = "When an editor last checked the information") LocalDate verifiedOn) {

    /** Editors write the official texts in Danish. */
    static final String EDITORS_LANGUAGE = "da";

    static CuratedAnswer of(CuratedEntry entry) {
        return new CuratedAnswer(entry.ownerName, entry.verdict, text(entry.summary),
                entry.callReasons.stream().map(CuratedAnswer::text).toList(),
                entry.salesNote == null || entry.salesNote.isBlank() ? null : text(entry.salesNote),
                entry.contactChannels.stream().map(c -> new Channel(c.type(), c.value(),
                        c.note() == null || c.note().isBlank() ? null : text(c.note()))).toList(),
                entry.sources.stream().map(s -> new SourceLink(s.title(), s.url())).toList(),
                entry.lastVerified);
    }

    private static LocalizedText text(String value) {
        return new LocalizedText(value, EDITORS_LANGUAGE);
    }

    /** An official way to reach the owner. */
    @Schema(name = "Channel")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Channel(
            @Schema(required = true,
                    type = SchemaType.STRING, enumeration = {
                        "PHONE", "CHAT", "SELF_SERVICE", "WEBSITE", "STATUS_PAGE", "SOCIAL", "EMAIL"
                    }) ContactChannel.Type type,
            @Schema(required = true, example = "https://skat.dk/kontakt") String value,
            LocalizedText note) {
    }

    /** Where the information comes from. */
    @Schema(name = "Source")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SourceLink(
            @Schema(required = true, example = "Skattestyrelsen: Kontakt") String title,
            @Schema(example = "https://skat.dk/kontakt") String url) {
    }
}
