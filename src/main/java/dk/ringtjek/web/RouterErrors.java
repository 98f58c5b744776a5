package dk.ringtjek.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.logging.Log;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.AuthenticationException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;

/**
 * Error pages for requests that fail in Vert.x, outside REST: bodies over
 * quarkus.http.limits.max-body-size (413) and failures of other routes. Quarkus would answer these
 * with an empty body or (in dev and test) a stack trace. Unknown paths and missing static files
 * reach REST, whose not-found mapper ({@link ErrorResponses}) answers them. Security challenges are
 * left to Quarkus, which turns them into a login or a 401/403.
 */
@ApplicationScoped
public class RouterErrors {

    // after Quarkus' header route (Integer.MIN_VALUE), before its own body-size check (-2)
    private static final int BODY_SIZE_CHECK_ORDER = -3;
    private static final int LOGGED_PATH_MAX = 200;

    private final ErrorPages pages;
    private final DatabaseOutage outage;
    private final long maxBodySize;

    public RouterErrors(ErrorPages pages, DatabaseOutage outage,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
            MemorySize maxBodySize) {
        this.pages = pages;
        this.outage = outage;
        this.maxBodySize = maxBodySize.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(BODY_SIZE_CHECK_ORDER).handler(this::refuseDeclaredOversizeBody);
        router.route().order(Integer.MIN_VALUE).failureHandler(this::failed);
    }

    /** The same check Quarkus makes on Content-Length, answered with our page instead of nothing. */
    private void refuseDeclaredOversizeBody(RoutingContext routing) {
        String declared = routing.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && declared.chars().allMatch(Character::isDigit) && declared.length() < 19
                && Long.parseLong(declared) > maxBodySize) {
            routing.response().putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE);
            routing.response().endHandler(ignored -> routing.request().connection().close());
            send(routing, 413, null);
            return;
        }
        routing.next();
    }

    private void failed(RoutingContext routing) {
        Throwable failure = routing.failure();
        if (isSecurity(failure) || routing.response().headWritten()) {
            routing.next();
            return;
        }
        if (outage.noticed(failure)) {
            Log.warnf("Database unavailable during %s %s: answered 503", routing.request().method(), loggedPath(routing));
            routing.response().putHeader("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS);
            send(routing, 503, null);
            return;
        }
        int status = failure instanceof HttpException http ? http.getStatusCode() : routing.statusCode();
        String errorId = null;
        if (status < 400 || status >= 500) {
            status = status < 400 ? 500 : status;
            errorId = ErrorPages.newErrorId();
            Log.errorf(failure, "Unexpected error %s on %s %s", errorId, routing.request().method(),
                    loggedPath(routing));
        }
        send(routing, status, errorId);
    }

    private void send(RoutingContext routing, int status, String errorId) {
        routing.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, ErrorPages.HTML_UTF8)
                .end(pages.html(routing, status, errorId));
    }

    private static boolean isSecurity(Throwable failure) {
        return failure instanceof AuthenticationException || failure instanceof UnauthorizedException
                || failure instanceof ForbiddenException;
    }

    private static String loggedPath(RoutingContext routing) {
        String path = routing.request().path(); // as sent, still percent-encoded
        return path != null && path.length() > LOGGED_PATH_MAX ? path.substring(0, LOGGED_PATH_MAX) + "..." : path;
    }
}
