package dk.ringtjek.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * Text a person typed: no control characters other than tab and line breaks. Nobody types them,
 * and PostgreSQL refuses to store NUL at all (a comment with %00 used to end in a 500).
 * Null and empty are fine; other constraints decide whether a value is required.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlainTextValidator.class)
public @interface PlainText {

    String message() default "form.error.control-characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
