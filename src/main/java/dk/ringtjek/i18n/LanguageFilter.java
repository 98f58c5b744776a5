package dk.ringtjek.i18n;

import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Picks the language of a request: a path under /en/ is English whatever else the request says; for
 * other paths ?lang=en (remembered in a cookie), then the cookie, then Danish. Pages vary by that
 * cookie, which caches are told through Vary.
 */
public class LanguageFilter {

    public static final String PARAM = "lang";
    public static final String COOKIE = "lang";
    private static final int ONE_YEAR = 365 * 24 * 3600;

    @Inject
    CurrentLanguage current;

    /** The path prefix of the English pages. */
    public static final String ENGLISH_PREFIX = "/en";

    @ServerRequestFilter(preMatching = true)
    public void chooseLanguage(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (isEnglishPath(path)) {
            current.set(Language.EN, path);
            return;
        }
        Optional<Language> fromParam = Language.fromCode(request.getUriInfo().getQueryParameters().getFirst(PARAM));
        Cookie cookie = request.getCookies().get(COOKIE);
        Language language = fromParam
                .or(() -> Language.fromCode(cookie == null ? null : cookie.getValue()))
                .orElse(Language.DEFAULT);
        current.set(language, path);
        if (fromParam.isPresent()) {
            request.setProperty(COOKIE, language);
        }
    }

    /** Whether a path is one of the English pages: /en or anything under /en/. */
    public static boolean isEnglishPath(String path) {
        return path != null && (path.equals(ENGLISH_PREFIX) || path.startsWith(ENGLISH_PREFIX + "/"));
    }

    @ServerResponseFilter
    public void rememberLanguage(ContainerRequestContext request, ContainerResponseContext response) {
        Object chosen = request.getProperty(COOKIE);
        if (chosen instanceof Language language) {
            response.getHeaders().add(HttpHeaders.SET_COOKIE, new NewCookie.Builder(COOKIE)
                    .value(language.code()).path("/").maxAge(ONE_YEAR).httpOnly(true)
                    .sameSite(NewCookie.SameSite.LAX).build());
        }
        response.getHeaders().add(HttpHeaders.VARY, "Cookie");
    }
}
