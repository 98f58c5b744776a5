package dk.ringtjek.report;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link CallDate}. */
public class CallDateValidator implements ConstraintValidator<CallDate, String> {

    private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");
    private static final int EARLIEST_YEAR = 2000;

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null || value.isBlank()) {
            return true;
        }
        if (value.length() > 10) {
            return false;
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            return !date.isAfter(LocalDate.now(DANISH_TIME)) && date.getYear() >= EARLIEST_YEAR;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
