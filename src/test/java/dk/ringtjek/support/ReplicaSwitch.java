package dk.ringtjek.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks the {@code Consumer<Boolean>} field that {@link ReplicaPostgresResource} fills with its switch. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface ReplicaSwitch {
}
