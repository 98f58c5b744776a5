package dk.ringtjek.number;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a Danish number is, by the Danish numbering plan: libphonenumber calls every eight-digit Danish
 * number "fixed line or mobile" (its metadata has one pattern for both), which says nothing and is wrong
 * for 70-, 80- and 90-numbers. Each series names a type key (number.type.dk.*) and, where there is more
 * to say, a range key (number.range.dk.*). Numbers move between operators, not between series, so the
 * series tells what kind of number it was given out as.
 */
final class DanishRanges {

    /** What a series or short number is: the type line and, if any, the sentence under it. */
    record Kind(String typeKey, String rangeKey) {
    }

    private static final Kind COMPANY = new Kind("number.type.dk.company", "number.range.dk.company");
    private static final Kind FREEPHONE = new Kind("number.type.dk.freephone", "number.range.dk.freephone");
    private static final Kind PREMIUM = new Kind("number.type.dk.premium", "number.range.dk.premium");
    private static final Kind MOBILE = new Kind("number.type.dk.mobile", null);
    private static final Kind LANDLINE = new Kind("number.type.dk.landline", null);
    private static final Kind OTHER_SHORT = new Kind("number.type.short", "number.range.dk.short");

    /** Two-digit series of eight-digit numbers; the first match wins, so longer prefixes come first. */
    private static final List<Map.Entry<String, Kind>> SERIES = List.of(
            Map.entry("70", COMPANY),
            Map.entry("80", FREEPHONE),
            Map.entry("90", PREMIUM),
            Map.entry("2", MOBILE),
            Map.entry("30", MOBILE), Map.entry("31", MOBILE),
            Map.entry("40", MOBILE), Map.entry("41", MOBILE), Map.entry("42", MOBILE),
            Map.entry("50", MOBILE), Map.entry("51", MOBILE), Map.entry("52", MOBILE), Map.entry("53", MOBILE),
            Map.entry("60", MOBILE), Map.entry("61", MOBILE),
            Map.entry("71", MOBILE), Map.entry("81", MOBILE),
            Map.entry("91", MOBILE), Map.entry("92", MOBILE), Map.entry("93", MOBILE),
            Map.entry("3", LANDLINE), Map.entry("4", LANDLINE), Map.entry("5", LANDLINE), Map.entry("6", LANDLINE),
            Map.entry("7", LANDLINE), Map.entry("86", LANDLINE), Map.entry("87", LANDLINE),
            Map.entry("88", LANDLINE), Map.entry("89", LANDLINE), Map.entry("96", LANDLINE),
            Map.entry("97", LANDLINE), Map.entry("98", LANDLINE), Map.entry("99", LANDLINE));

    /** Short numbers we can name; any other short number is described as a short number only. */
    static final List<String> NAMED_SHORT_NUMBERS = List.of("112", "114", "118", "1813", "116111");

    private DanishRanges() {
    }

    /** What a Danish national number is, if the numbering plan says. */
    static Optional<Kind> describe(String nationalDigits, boolean shortNumber) {
        if (shortNumber) {
            return Optional.of(NAMED_SHORT_NUMBERS.contains(nationalDigits)
                    ? new Kind("number.type.dk.short." + nationalDigits, "number.range.dk.short." + nationalDigits)
                    : OTHER_SHORT);
        }
        if (nationalDigits.length() != 8) {
            return Optional.empty();
        }
        return SERIES.stream()
                .filter(series -> nationalDigits.startsWith(series.getKey()))
                .map(Map.Entry::getValue)
                .findFirst();
    }
}
