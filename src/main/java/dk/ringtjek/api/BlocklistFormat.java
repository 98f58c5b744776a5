package dk.ringtjek.api;

import java.util.Locale;
import java.util.Optional;

/** The forms the blocklist comes in: JSON for programs, CSV for spreadsheets, a vCard for phones and routers. */
public enum BlocklistFormat {
    JSON("application/json", "json"),
    CSV("text/csv; charset=utf-8", "csv"),
    VCF("text/vcard; charset=utf-8", "vcf");

    private final String mediaType;
    private final String extension;

    BlocklistFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String fileName() {
        return "ringtjek-blocklist." + extension;
    }

    /** Only JSON and CSV can say that a number was removed; a vCard is always the whole list. */
    public boolean tellsChanges() {
        return this != VCF;
    }

    public static Optional<BlocklistFormat> of(String code) {
        if (code == null || code.isEmpty()) {
            return Optional.of(JSON);
        }
        for (BlocklistFormat format : values()) {
            if (format.extension.equals(code.toLowerCase(Locale.ROOT))) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
