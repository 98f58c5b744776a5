package dk.ringtjek.account;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

import dk.ringtjek.i18n.Language;
import dk.ringtjek.i18n.LanguageScope;

/**
 * The login page answering a refused login attempt, sent from the security layer before any resource
 * runs: 429 Too Many Requests with Retry-After and how long to wait, or 403 for a form without its
 * CSRF token (an expired form, or another site's). The form on it carries the client's token again.
 */
@ApplicationScoped
class LoginRefusalPage {

    void throttled(RoutingContext http, Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        long minutes = Math.max(1, (seconds + 59) / 60);
        http.response().putHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        send(http, 429, LoginView.throttled(minutes, tokenOf(http)));
    }

    void withoutToken(RoutingContext http) {
        send(http, 403, LoginView.expiredForm(tokenOf(http)));
    }

    /** The client's own token (its cookie) for the form again; "" without one (the page says to reload). */
    private static String tokenOf(RoutingContext http) {
        Cookie token = http.request().getCookie(LoginFormToken.NAME);
        return token == null ? "" : token.getValue();
    }

    private void send(RoutingContext http, int status, LoginView view) {
        String html = LanguageScope.call(Language.DEFAULT, // staff pages are Danish
                LoginResource.LOGIN_PATH, () -> LoginResource.Templates.login(view).render());
        http.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end(html);
    }
}
