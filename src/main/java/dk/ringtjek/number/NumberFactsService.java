package dk.ringtjek.number;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.PhoneNumberToCarrierMapper;
import com.google.i18n.phonenumbers.geocoding.PhoneNumberOfflineGeocoder;

import io.quarkus.runtime.StartupEvent;

/**
 * Works out a number's {@link NumberFacts} from libphonenumber's metadata and, for Danish numbers, the
 * Danish numbering plan ({@link DanishRanges}), which knows more than libphonenumber's types.
 */
@ApplicationScoped
public class NumberFactsService {

    private final NumberNormaliser normaliser;
    private final PhoneNumberToCarrierMapper carriers = PhoneNumberToCarrierMapper.getInstance();
    private final PhoneNumberOfflineGeocoder geocoder = PhoneNumberOfflineGeocoder.getInstance();

    public NumberFactsService(NumberNormaliser normaliser) {
        this.normaliser = normaliser;
    }

    /**
     * Loads the carrier and geocoder data of the default region at start-up: the first page view would
     * otherwise read their files (about a second on a busy machine).
     */
    void warmUp(@Observes StartupEvent event) {
        PhoneNumberUtil util = normaliser.util();
        com.google.i18n.phonenumbers.Phonenumber.PhoneNumber example = util.getExampleNumber(normaliser.defaultRegion());
        if (example != null) {
            carriers.getNameForNumber(example, Locale.ENGLISH);
            geocoder.getDescriptionForNumber(example, Locale.ENGLISH);
        }
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
                typeKey, rangeKey, spellings(util, number), originalOperator(number), area(number));
    }

    /** The operator the range was assigned to; libphonenumber's names are in English. */
    private String originalOperator(Number number) {
        if (number.shortNumber()) {
            return null;
        }
        String name = carriers.getNameForValidNumber(number.parsed(), Locale.ENGLISH);
        return name.isEmpty() ? null : name;
    }

    /** The area of the range, where the geocoder knows something finer than the country. */
    private String area(Number number) {
        if (number.shortNumber()) {
            return null;
        }
        String description = geocoder.getDescriptionForValidNumber(number.parsed(), Locale.ENGLISH);
        String country = geocoder.getDescriptionForValidNumber(number.parsed(), Locale.ENGLISH,
                "ZZ"); // another region: the geocoder answers the country's name
        return description.isEmpty() || description.equals(country) ? null : description;
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
