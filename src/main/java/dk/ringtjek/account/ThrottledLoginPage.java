package dk.ringtjek.account;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

import dk.ringtjek.i18n.Language;
import dk.ringtjek.i18n.LanguageScope;

/**
 * The answer to a login attempt over the limit: 429 Too Many Requests with Retry-After and the login
 * page saying how long to wait. Sent from the security layer, before any resource runs.
 */
@ApplicationScoped
class ThrottledLoginPage {

    void send(RoutingContext http, Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        long minutes = Math.max(1, (seconds + 59) / 60);
        String html = LanguageScope.call(Language.DEFAULT, // staff pages are Danish
                LoginResource.LOGIN_PATH, () -> LoginResource.Templates.login(LoginView.throttled(minutes)).render());
        http.response().setStatusCode(429)
                .putHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds))
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end(html);
    }
}
