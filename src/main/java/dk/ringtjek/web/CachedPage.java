package dk.ringtjek.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.ws.rs.NameBinding;

/**
 * Marks a public page, the same for every visitor of a language, that browsers and shared caches may
 * keep and revalidate with its ETag ({@link CachedPageFilter}, {@link PublicPages}).
 */
@NameBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface CachedPage {
}
