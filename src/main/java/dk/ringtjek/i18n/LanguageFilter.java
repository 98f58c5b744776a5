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
 * Picks the language of a request: ?lang=en (remembered in a cookie), then the cookie, then Danish.
 * Pages vary by that cookie, which caches are told through Vary.
 */
public class LanguageFilter {

    public static final String PARAM = "lang";
    public static final String COOKIE = "lang";
    private static final int ONE_YEAR = 365 * 24 * 3600;

    @Inject
    CurrentLanguage current;

    @ServerRequestFilter(preMatching = true)
    public void chooseLanguage(ContainerRequestContext request) {
        Optional<Language> fromParam = Language.fromCode(request.getUriInfo().getQueryParameters().getFirst(PARAM));
        Cookie cookie = request.getCookies().get(COOKIE);
        Language language = fromParam
                .or(() -> Language.fromCode(cookie == null ? null : cookie.getValue()))
                .orElse(Language.DEFAULT);
        current.set(language, request.getUriInfo().getPath());
        if (fromParam.isPresent()) {
            request.setProperty(COOKIE, language);
        }
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
