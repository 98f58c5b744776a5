package dk.ringtjek.i18n;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The language of a request comes from its URL alone ({@link LocalizedPaths}): an English path is
 * turned into its Danish twin before the resources are matched, and the request speaks English. No
 * cookie and no header chooses the language, so a page's bytes depend on its URL only and a shared
 * cache can keep it for everybody.
 */
public class LanguageFilter {

    @Inject
    CurrentLanguage current;

    /** The path prefix of the English pages. */
    public static final String ENGLISH_PREFIX = "/en";

    @ServerRequestFilter(preMatching = true)
    public void chooseLanguage(ContainerRequestContext request) {
        URI uri = request.getUriInfo().getRequestUri();
        String path = uri.getRawPath();
        Language language = LocalizedPaths.languageOf(path);
        if (language == Language.DA) {
            current.set(language, path);
            return;
        }
        current.set(language, "/"); // an English 404 for an English address that has no page
        String danish = LocalizedPaths.danishOf(path).orElseThrow(NotFoundException::new);
        current.set(language, danish);
        String query = uri.getRawQuery();
        request.setRequestUri(request.getUriInfo().getBaseUri(),
                URI.create(danish.substring(1) + (query == null ? "" : "?" + query)));
    }
}
