package dk.ringtjek.report;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.validation.ConstraintViolation;

/** Message keys of what is wrong with a form, by field name; empty when all is well. */
public record FormErrors(Map<String, String> byField) {

    public static final FormErrors NONE = new FormErrors(Map.of());

    /** The "field" name of errors about the whole form. */
    public static final String FORM = "form";

    /** Collects Bean Validation results, the first message per field. */
    public static <T> FormErrors of(Set<ConstraintViolation<T>> violations) {
        Map<String, String> errors = new TreeMap<>();
        for (ConstraintViolation<T> violation : violations) {
            errors.putIfAbsent(violation.getPropertyPath().toString(), violation.getMessage());
        }
        return new FormErrors(Map.copyOf(errors));
    }

    /** An error about the form as a whole, shown above its fields. */
    public static FormErrors form(String messageKey) {
        return new FormErrors(Map.of(FORM, messageKey));
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    /** The message key for a field, or null. */
    public String get(String field) {
        return byField.get(field);
    }
}
