package dk.ringtjek.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;

import dk.ringtjek.number.InvalidNumberException;
import dk.ringtjek.number.Number;
import dk.ringtjek.number.NumberNormaliser;

/**
 * Removes personal data that has no place on a public page before a comment is saved: e-mail
 * addresses, Danish CPR numbers, and phone numbers other than the page's own.
 */
@ApplicationScoped
public class CommentMasker {

    public static final String EMAIL_MASK = "[e-mail]";
    public static final String CPR_MASK = "[cpr]";
    public static final String PHONE_MASK = "[tlf.]";

    private static final Pattern EMAIL = Pattern.compile(
            "[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}");
    // ddmmyy-xxxx, also written with a space or without a separator
    private static final Pattern CPR = Pattern.compile(
            "(?<!\\d)(0[1-9]|[12]\\d|3[01])(0[1-9]|1[0-2])\\d{2}[- ]?\\d{4}(?!\\d)");

    private final NumberNormaliser normaliser;

    public CommentMasker(NumberNormaliser normaliser) {
        this.normaliser = normaliser;
    }

    /** The comment as it may be published on the page of {@code pageNumber}. */
    public String mask(String comment, Number pageNumber) {
        String masked = EMAIL.matcher(comment).replaceAll(EMAIL_MASK);
        masked = CPR.matcher(masked).replaceAll(CPR_MASK);
        return maskOtherNumbers(masked, pageNumber);
    }

    private String maskOtherNumbers(String text, Number pageNumber) {
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        List<PhoneNumberMatch> others = new ArrayList<>();
        for (PhoneNumberMatch match : util.findNumbers(text, normaliser.defaultRegion(),
                PhoneNumberUtil.Leniency.POSSIBLE, Long.MAX_VALUE)) {
            if (!isPageNumber(match.rawString(), pageNumber)) {
                others.add(match);
            }
        }
        StringBuilder result = new StringBuilder(text);
        for (int i = others.size() - 1; i >= 0; i--) {
            PhoneNumberMatch match = others.get(i);
            result.replace(match.start(), match.end(), PHONE_MASK);
        }
        return result.toString();
    }

    private boolean isPageNumber(String raw, Number pageNumber) {
        try {
            return normaliser.normalise(raw).e164().equals(pageNumber.e164());
        } catch (InvalidNumberException e) {
            return false;
        }
    }
}
