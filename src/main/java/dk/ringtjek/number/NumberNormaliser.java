package dk.ringtjek.number;

import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.ValidationResult;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.google.i18n.phonenumbers.ShortNumberInfo;

import dk.ringtjek.config.RingtjekConfig;

/**
 * The one place where text becomes a phone number. Every spelling a person may type
 * ("70 11 40 40", "+45 70114040", "0045 70114040", "(+45) 70-11-40-40", "4570114040") resolves to
 * the same E.164 number; anything else gets a {@link NumberProblem}.
 */
@ApplicationScoped
public class NumberNormaliser {

    /** Longer input is refused before it reaches the parser. */
    public static final int MAX_INPUT_LENGTH = 40;

    // Digits of any script (libphonenumber folds them to ASCII), and the separators people type.
    private static final Pattern ALLOWED = Pattern.compile("[\\p{Nd}+＋()\\[\\]\\-‐–—./ \\u00A0\\t]*");
    private static final Pattern DIGITS_ONLY = Pattern.compile("\\d+");

    private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    private final ShortNumberInfo shortNumbers = ShortNumberInfo.getInstance();
    private final String defaultRegion;
    private final int defaultCountryCode;

    @Inject
    public NumberNormaliser(RingtjekConfig config) {
        this.defaultRegion = config.defaultRegion().toUpperCase(java.util.Locale.ROOT);
        this.defaultCountryCode = util.getCountryCodeForRegion(defaultRegion);
    }

    /** The number a person meant, or an {@link InvalidNumberException} saying why there is none. */
    public Number normalise(String input) {
        String text = input == null ? "" : input.strip();
        if (text.isEmpty()) {
            throw new InvalidNumberException(text, NumberProblem.EMPTY);
        }
        if (text.length() > MAX_INPUT_LENGTH) {
            throw new InvalidNumberException(text, NumberProblem.TOO_LONG_INPUT);
        }
        if (!ALLOWED.matcher(text).matches()) {
            throw new InvalidNumberException(text, NumberProblem.INVALID_CHARACTERS);
        }
        PhoneNumber parsed = parse(text);
        if (util.isValidNumber(parsed)) {
            return toNumber(parsed, false);
        }
        // "4570114040": the country code typed without + or 00
        String digits = PhoneNumberUtil.normalizeDigitsOnly(text);
        if (!text.startsWith("+") && !digits.startsWith("0") && DIGITS_ONLY.matcher(digits).matches()) {
            PhoneNumber international = tryParse("+" + digits);
            if (international != null && util.isValidNumber(international)) {
                return toNumber(international, false);
            }
        }
        if (parsed.getCountryCode() == defaultCountryCode
                && shortNumbers.isValidShortNumberForRegion(parsed, defaultRegion)) {
            return toNumber(parsed, true);
        }
        throw new InvalidNumberException(text, problemOf(parsed));
    }

    /** The number in the default region's national spelling, e.g. "70 11 40 40". */
    public String national(Number number) {
        return number.shortNumber()
                ? String.valueOf(number.parsed().getNationalNumber())
                : util.format(number.parsed(), PhoneNumberFormat.NATIONAL);
    }

    public String international(Number number) {
        return number.shortNumber()
                ? String.valueOf(number.parsed().getNationalNumber())
                : util.format(number.parsed(), PhoneNumberFormat.INTERNATIONAL);
    }

    /** How the number is best shown to a person of the default region. */
    public String display(Number number) {
        return number.inDefaultRegion() ? national(number) : international(number);
    }

    public String defaultRegion() {
        return defaultRegion;
    }

    PhoneNumberUtil util() {
        return util;
    }

    private PhoneNumber parse(String text) {
        try {
            return util.parse(text, defaultRegion);
        } catch (NumberParseException e) {
            throw new InvalidNumberException(text, switch (e.getErrorType()) {
                case INVALID_COUNTRY_CODE -> NumberProblem.INVALID_COUNTRY_CODE;
                case TOO_SHORT_NSN, TOO_SHORT_AFTER_IDD -> NumberProblem.TOO_SHORT;
                case TOO_LONG -> NumberProblem.TOO_LONG;
                default -> NumberProblem.NOT_A_NUMBER;
            });
        }
    }

    private PhoneNumber tryParse(String text) {
        try {
            return util.parse(text, defaultRegion);
        } catch (NumberParseException e) {
            return null;
        }
    }

    private NumberProblem problemOf(PhoneNumber parsed) {
        ValidationResult reason = util.isPossibleNumberWithReason(parsed);
        return switch (reason) {
            case TOO_SHORT -> NumberProblem.TOO_SHORT;
            case TOO_LONG -> NumberProblem.TOO_LONG;
            case INVALID_COUNTRY_CODE -> NumberProblem.INVALID_COUNTRY_CODE;
            default -> NumberProblem.NOT_A_NUMBER;
        };
    }

    private Number toNumber(PhoneNumber parsed, boolean isShort) {
        // keep only what identifies the number, so that equal numbers compare equal
        PhoneNumber clean = new PhoneNumber()
                .setCountryCode(parsed.getCountryCode())
                .setNationalNumber(parsed.getNationalNumber());
        if (parsed.hasItalianLeadingZero()) {
            clean.setItalianLeadingZero(true).setNumberOfLeadingZeros(parsed.getNumberOfLeadingZeros());
        }
        String e164 = isShort
                ? "+" + parsed.getCountryCode() + parsed.getNationalNumber()
                : util.format(clean, PhoneNumberFormat.E164);
        boolean home = parsed.getCountryCode() == defaultCountryCode;
        return new Number(e164, home, isShort, clean);
    }
}
