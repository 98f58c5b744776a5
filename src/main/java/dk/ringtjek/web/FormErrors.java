package dk.ringtjek.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;

/**
 * What is wrong with a submitted form, per field, as message keys for the bundles; shown next to the
 * fields by templates/tags/fieldError.html. Bean Validation messages are message keys
 * ({@code @NotBlank(message = "form.error.required")}); a validator may add one argument after a
 * '#' ("editor.error.line#3"), which the text receives as {0}.
 */
public final class FormErrors {

    /** One message: a bundle key and its argument (or null). */
    public record Message(String key, Object arg) {
    }

    /** The "field" of errors about the form as a whole, shown above its fields. */
    public static final String FORM = "form";

    private final Map<String, List<Message>> byField = new LinkedHashMap<>();

    public static FormErrors none() {
        return new FormErrors();
    }

    public static <T> FormErrors of(Set<ConstraintViolation<T>> violations) {
        FormErrors errors = new FormErrors();
        violations.stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> errors.add(v.getPropertyPath().toString(), v.getMessage()));
        return errors;
    }

    /** Adds a message to a field; the message is a key, optionally followed by '#' and one argument. */
    public FormErrors add(String field, String message) {
        int hash = message.indexOf('#');
        Message entry = hash < 0 ? new Message(message, null)
                : new Message(message.substring(0, hash), argument(message.substring(hash + 1)));
        byField.computeIfAbsent(field, f -> new ArrayList<>()).add(entry);
        return this;
    }

    /** A whole number stays a number, so that {0,choice,...} in the text picks the right plural. */
    private static Object argument(String text) {
        return text.matches("-?\\d{1,18}") ? (Object) Long.parseLong(text) : text;
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public List<Message> of(String field) {
        return byField.getOrDefault(field, List.of());
    }

    public Set<String> fields() {
        return byField.keySet();
    }
}
