package dk.ringtjek.report;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** A time of day typed as hh:mm (what a browser's time field sends); empty is fine. */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CallTimeValidator.class)
public @interface CallTime {

    String message() default "report.error.called-time";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
