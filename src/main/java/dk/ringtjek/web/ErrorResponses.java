package dk.ringtjek.web;

import java.lang.annotation.Annotation;
import java.nio.charset.UnsupportedCharsetException;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.quarkus.logging.Log;
import io.vertx.core.http.HttpClosedException;

/**
 * Every error answered by REST is a page in our layout, in the person's language: never a stack
 * trace, SQL or an exception's text. Our own failures are logged under an id that the page shows.
 * More specific mappers (an invalid number, security challenges) still take precedence.
 */
public class ErrorResponses {

    private static final int LOGGED_PATH_MAX = 200;
    // URLUtils (percent-decoding) and the form parser live here
    private static final String REQUEST_DECODING = "org.jboss.resteasy.reactive.";

    private final ErrorPages pages;
    private final DatabaseOutage outage;

    public ErrorResponses(ErrorPages pages, DatabaseOutage outage) {
        this.pages = pages;
        this.outage = outage;
    }

    /** 404, 405, 415 and the like: keep the status and headers such as Allow, show our page. */
    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, ContainerRequestContext request) {
        Response original = e.getResponse();
        if (original.getStatus() < 400 || original.hasEntity()) {
            return original;
        }
        String errorId = null;
        if (original.getStatus() >= 500) {
            errorId = logged(e, request);
        }
        return Response.fromResponse(original).type(ErrorPages.HTML_UTF8)
                .entity(pages.html(original.getStatus(), errorId)).build();
    }

    /**
     * A request that does not decode (a form body with a broken %-escape, an unknown charset) is the
     * client's error, not ours: REST throws these while reading the request.
     */
    @ServerExceptionMapper
    public Response undecodable(IllegalArgumentException e, ContainerRequestContext request) {
        if (e instanceof UnsupportedCharsetException) {
            return pages.response(415, null);
        }
        if (thrownByRequestDecoding(e)) {
            return pages.response(400, null);
        }
        return pages.response(500, logged(e, request));
    }

    /** Anything else is our fault: a 500 page with an id to find the details in the log. */
    @ServerExceptionMapper
    public Response unexpected(Throwable e, ContainerRequestContext request) {
        if (outage.noticed(e)) {
            Log.warnf("Database unavailable during %s %s: answered 503", request.getMethod(), loggedPath(request));
            return Response.fromResponse(pages.response(503, null))
                    .header(HttpHeaders.RETRY_AFTER, DatabaseOutage.RETRY_AFTER_SECONDS).build();
        }
        if (clientWentAway(e)) {
            // closed while its body was being read: nobody gets the answer, and it is not our failure
            Log.debugf("Client closed the connection during %s", request.getMethod());
            return pages.response(400, null);
        }
        return pages.response(500, logged(e, request));
    }

    static boolean clientWentAway(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpClosedException) {
                return true;
            }
        }
        return false;
    }

    /** Errors answered without a body (a missing CSRF token, a 404 from a resource) get the page too. */
    @ServerResponseFilter
    public void fillEmptyError(ContainerResponseContext response) {
        if (response.getStatus() >= 400 && !response.hasEntity()) {
            response.setEntity(pages.html(response.getStatus(), null), new Annotation[0],
                    MediaType.valueOf(ErrorPages.HTML_UTF8));
        }
    }

    /** Whether the first frame outside the JDK is REST's own request decoding. */
    private static boolean thrownByRequestDecoding(Throwable e) {
        for (StackTraceElement frame : e.getStackTrace()) {
            String type = frame.getClassName();
            if (!type.startsWith("java.") && !type.startsWith("jdk.") && !type.startsWith("sun.")) {
                return type.startsWith(REQUEST_DECODING);
            }
        }
        return false;
    }

    private static String logged(Throwable e, ContainerRequestContext request) {
        String errorId = ErrorPages.newErrorId();
        Log.errorf(e, "Unexpected error %s on %s %s", errorId, request.getMethod(), loggedPath(request));
        return errorId;
    }

    /** The raw (still encoded) path: no control characters from the request reach the log. */
    private static String loggedPath(ContainerRequestContext request) {
        String path = request.getUriInfo().getRequestUri().getRawPath();
        if (path != null && path.length() > LOGGED_PATH_MAX) {
            path = path.substring(0, LOGGED_PATH_MAX) + "...";
        }
        return path;
    }
}
