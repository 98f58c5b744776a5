package dk.ringtjek.number;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;

/**
 * Works out a number's {@link NumberFacts} from libphonenumber's metadata and, for Danish numbers, the
 * Danish numbering plan ({@link DanishRanges}), which knows more than libphonenumber's types.
 */
@ApplicationScoped
public class NumberFactsService {

    private final NumberNormaliser normaliser;

    public NumberFactsService(NumberNormaliser normaliser) {
        this.normaliser = normaliser;
    }

    public NumberFacts factsOf(Number number) {
        PhoneNumberUtil util = normaliser.util();
        String regionCode = number.shortNumber()
                ? normaliser.defaultRegion()
                : util.getRegionCodeForNumber(number.parsed());
        String nationalDigits = String.valueOf(number.parsed().getNationalNumber());
        Optional<DanishRanges.Kind> danish = "DK".equals(regionCode)
                ? DanishRanges.describe(nationalDigits, number.shortNumber())
                : Optional.empty();
        String typeKey = danish.map(DanishRanges.Kind::typeKey).orElseGet(() -> typeKey(util, number));
        String rangeKey = danish.map(DanishRanges.Kind::rangeKey).orElse(null);
        return new NumberFacts(number, normaliser.display(number), regionCode == null ? "" : regionCode,
                typeKey, rangeKey, spellings(util, number));
    }

    private static String typeKey(PhoneNumberUtil util, Number number) {
        PhoneNumberType type = number.shortNumber() ? null : util.getNumberType(number.parsed());
        String name = type == null ? "short" : type.name().toLowerCase(Locale.ROOT).replace('_', '-');
        return "number.type." + name;
    }

    private static List<String> spellings(PhoneNumberUtil util, Number number) {
        String digits = String.valueOf(number.parsed().getNationalNumber());
        if (number.shortNumber()) {
            return List.of(digits);
        }
        String national = util.format(number.parsed(), PhoneNumberFormat.NATIONAL);
        String international = util.format(number.parsed(), PhoneNumberFormat.INTERNATIONAL);
        String e164 = number.e164();
        String nationalDigits = PhoneNumberUtil.normalizeDigitsOnly(national);
        Set<String> spellings = new LinkedHashSet<>();
        spellings.add(national);
        spellings.add(nationalDigits);
        if (digits.length() == 8) {
            spellings.add(digits.substring(0, 4) + " " + digits.substring(4));
        }
        spellings.add(international);
        spellings.add(e164);
        spellings.add("00" + e164.substring(1));
        spellings.add("00" + international.substring(1));
        spellings.add("(+" + number.parsed().getCountryCode() + ") " + national.replace(' ', '-'));
        return List.copyOf(spellings);
    }
}
