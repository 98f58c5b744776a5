package dk.ringtjek.report;

import java.time.LocalTime;
import java.util.regex.Pattern;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link CallTime}, and reads the checked text: the hour and minute the call came. */
public class CallTimeValidator implements ConstraintValidator<CallTime, String> {

    /** hh:mm, optionally with seconds (some browsers send them), 00:00 to 23:59. */
    private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d)?");

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || value.isBlank() || TIME.matcher(value.strip()).matches();
    }

    /** The time of a valid value, to the minute; null when it was left empty. */
    static LocalTime parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        return LocalTime.of(Integer.parseInt(text.substring(0, 2)), Integer.parseInt(text.substring(3, 5)));
    }

    /** A stored time as the form's field shows it. */
    public static String format(LocalTime time) {
        return "%02d:%02d".formatted(time.getHour(), time.getMinute());
    }
}
