package dk.ringtjek.report;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** A date typed as yyyy-mm-dd that is a real day, not in the future and not absurdly old; empty is fine. */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CallDateValidator.class)
public @interface CallDate {

    String message() default "report.error.called-on";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
