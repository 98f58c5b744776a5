package dk.ringtjek.web;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.RoutingContext;

import dk.ringtjek.i18n.CurrentLanguage;
import dk.ringtjek.i18n.Language;
import dk.ringtjek.i18n.LanguageFilter;
import dk.ringtjek.i18n.LocalizedPaths;

/** Renders the error pages in our layout, for REST responses and for errors raised before REST. */
@ApplicationScoped
public class ErrorPages {

    public static final String HTML_UTF8 = MediaType.TEXT_HTML + ";charset=UTF-8";

    @CheckedTemplate(basePath = "ErrorPages")
    static class Templates {
        static native TemplateInstance error(ErrorPage page);
    }

    /** A short id to find an error in the log; shown to the person so they can quote it. */
    public static String newErrorId() {
        return HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    }

    /** The page for a REST response; the language was chosen by {@link LanguageFilter}. */
    public Response response(int status, String errorId) {
        return Response.status(status).type(HTML_UTF8).entity(html(status, errorId)).build();
    }

    public String html(int status, String errorId) {
        return Templates.error(new ErrorPage(status, errorId)).render();
    }

    /**
     * The page for a request that failed in Vert.x before or outside REST (unknown paths, static
     * files, bodies over the limit): the language comes from the path, as in REST.
     */
    public String html(RoutingContext routing, int status, String errorId) {
        ManagedContext requestContext = Arc.container().requestContext();
        boolean activated = !requestContext.isActive();
        if (activated) {
            requestContext.activate();
        }
        try {
            String path = routing.normalizedPath();
            Language language = LocalizedPaths.languageOf(path);
            String danishPath = language == Language.DA ? path : LocalizedPaths.danishOf(path).orElse("/");
            Arc.container().instance(CurrentLanguage.class).get().set(language, danishPath);
            return html(status, errorId);
        } finally {
            if (activated) {
                requestContext.terminate();
            }
        }
    }

}
