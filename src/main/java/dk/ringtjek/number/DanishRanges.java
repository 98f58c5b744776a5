package dk.ringtjek.number;

import java.util.List;
import java.util.Optional;

/**
 * What Danish number ranges mean, where libphonenumber's types say too little (it calls 70-numbers
 * "fixed line or mobile"). Each entry names a message key under number.range.dk.*.
 */
final class DanishRanges {

    private record Range(String prefix, String key) {
    }

    private static final List<Range> RANGES = List.of(
            new Range("70", "number.range.dk.company"),
            new Range("80", "number.range.dk.freephone"),
            new Range("90", "number.range.dk.premium"));

    private DanishRanges() {
    }

    /** The message key for a Danish national number's range, if it is one we explain. */
    static Optional<String> explain(String nationalDigits, boolean shortNumber) {
        if (shortNumber) {
            return Optional.of("number.range.dk.short");
        }
        return RANGES.stream()
                .filter(range -> nationalDigits.length() == 8 && nationalDigits.startsWith(range.prefix()))
                .map(Range::key)
                .findFirst();
    }
}
