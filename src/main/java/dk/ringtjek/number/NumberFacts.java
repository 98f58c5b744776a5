package dk.ringtjek.number;

import java.util.List;

/**
 * What can be said about a number without anybody's report: where it is from, what kind it is,
 * how people write it, and what its range means. Message keys, not text, so that both languages
 * can show it.
 *
 * @param display the spelling shown to people, e.g. "70 11 40 40"
 * @param regionCode ISO 3166 region, e.g. "DK"; empty when the number belongs to no single region
 * @param typeKey message key of the kind of number (mobile, fixed line, ...)
 * @param rangeKey message key explaining the range in the default region, or null
 * @param spellings every common way to write it, for people and search engines
 * @param originalOperator the operator the number's range was first assigned to (libphonenumber's carrier
 *        data, in English), or null where unknown; a number may have been ported to another since
 * @param area the place a fixed-line range belongs to (libphonenumber's geocoder, in English), or null
 *        where nothing finer than the country is known
 */
public record NumberFacts(Number number, String display, String regionCode, String typeKey, String rangeKey,
        List<String> spellings, String originalOperator, String area) {

    public String e164() {
        return number.e164();
    }

    public String canonicalPath() {
        return number.canonicalPath();
    }
}
