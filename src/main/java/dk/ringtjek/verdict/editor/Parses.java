package dk.ringtjek.verdict.editor;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Optional;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A form field whose text must read as a value of the given kind (a verdict, a list of lines, a date);
 * the message says what is wrong and on which line.
 */
@Target(FIELD)
@Retention(RUNTIME)
@Constraint(validatedBy = Parses.Validator.class)
public @interface Parses {

    Kind value();

    String message() default "editor.error.invalid";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    enum Kind {
        VERDICT, ITEMS, CHANNELS, SOURCES, DATE;

        /** The problem with the text (a message key, maybe with '#' and an argument), if any. */
        Optional<String> problem(String text) {
            return switch (this) {
                case VERDICT -> EntryLines.verdict(text).isPresent() ? Optional.empty() : Optional.of("editor.error.verdict");
                case ITEMS -> EntryLines.items(text).error();
                case CHANNELS -> EntryLines.channels(text).error();
                case SOURCES -> EntryLines.sources(text).error();
                case DATE -> text == null || text.isBlank() || EntryLines.date(text).isPresent() ? Optional.empty()
                        : Optional.of("editor.error.date");
            };
        }
    }

    class Validator implements ConstraintValidator<Parses, String> {

        private Kind kind;

        @Override
        public void initialize(Parses annotation) {
            kind = annotation.value();
        }

        @Override
        public boolean isValid(String text, ConstraintValidatorContext context) {
            Optional<String> problem = kind.problem(text);
            problem.ifPresent(message -> {
                context.disableDefaultConstraintViolation();
                // our messages are bundle keys, not Bean Validation templates: keep them literal
                context.buildConstraintViolationWithTemplate(message.replace("{", "\\{").replace("$", "\\$"))
                        .addConstraintViolation();
            });
            return problem.isEmpty();
        }
    }
}
