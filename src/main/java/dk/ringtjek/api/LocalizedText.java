package dk.ringtjek.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A text and the language it is written in, so that a client never has to guess. */
@Schema(description = "A text with its language (BCP 47).")
public record LocalizedText(
        @Schema(required = true, example = "Et 70-nummer er et landsdækkende virksomhedsnummer.") String text,
        @Schema(required = true, example = "da", enumeration = { "da", "en" }) String language) {
}
