package dk.ringtjek.i18n;

import java.util.function.Supplier;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;

/**
 * Renders text in a chosen language outside a JAX-RS request, e.g. a page that a security handler
 * answers with before the request reaches a resource.
 */
public final class LanguageScope {

    private LanguageScope() {
    }

    /** Runs work (rendering) with {msg:t(..)} speaking the given language for the given page path. */
    public static <T> T call(Language language, String path, Supplier<T> work) {
        ManagedContext requestContext = Arc.container().requestContext();
        boolean activated = !requestContext.isActive();
        if (activated) {
            requestContext.activate();
        }
        try {
            Arc.container().instance(CurrentLanguage.class).get().set(language, path);
            return work.get();
        } finally {
            if (activated) {
                requestContext.terminate();
            }
        }
    }
}
