package dk.ringtjek.web;

import java.util.Deque;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.container.ResourceInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import io.quarkus.logging.Log;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Where {@link RequestInput}'s rules are applied, before any of our code or Quarkus' security reads the
 * request: the request line (path and query, still encoded) and every header in a Vert.x route for all
 * requests, and the fields of every REST form once REST has read it. A request that breaks a rule is
 * answered 400 with our error page, never handed on. (The login form is read by Quarkus itself, outside
 * REST: its user name gets the same check where the login is checked.)
 */
@ApplicationScoped
public class InputGuards {

    // after Quarkus' header route (Integer.MIN_VALUE), before security and REST
    private static final int ORDER = Integer.MIN_VALUE + 2;

    private final ErrorPages pages;

    public InputGuards(ErrorPages pages) {
        this.pages = pages;
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::checkRequestLine);
    }

    private void checkRequestLine(RoutingContext routing) {
        if (RequestInput.hasNul(routing.request().uri()) || hasNul(routing.request().headers())) {
            Log.debugf("Refused a request with a NUL in its request line or headers");
            refuse(routing);
            return;
        }
        routing.next();
    }

    /** Answers a request that broke a rule, outside REST: 400 with our error page. */
    public void refuse(RoutingContext routing) {
        routing.response().setStatusCode(400)
                .putHeader(HttpHeaders.CONTENT_TYPE, ErrorPages.HTML_UTF8)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end(pages.html(routing, 400, null));
    }

    private static boolean hasNul(MultiMap headers) {
        for (var header : headers) {
            if (RequestInput.hasNulChar(header.getValue()) || RequestInput.hasNulChar(header.getKey())) {
                return true;
            }
        }
        return false;
    }

    /** A form with a NUL, or with a second value of a field the form takes once. */
    @ServerRequestFilter
    @WithFormRead
    public void checkForm(ResteasyReactiveContainerRequestContext request, ResourceInfo resource) {
        if (request.getServerRequestContext() instanceof ResteasyReactiveRequestContext context) {
            String refusal = refusalOf(context.getFormData(), resource);
            if (refusal != null) {
                Log.debugf("Refused a form with %s", refusal);
                request.abortWith(pages.response(400, null));
            }
        }
    }

    private static String refusalOf(FormData form, ResourceInfo resource) {
        if (form == null) {
            return null;
        }
        for (String name : form) {
            Deque<FormValue> values = form.get(name);
            if (RequestInput.hasNulChar(name)) {
                return "a NUL in a field name";
            }
            if (values.size() > 1 && (resource.getResourceMethod() == null
                    || !RequestInput.listFields(resource.getResourceMethod()).contains(name))) {
                return "a single-valued field sent more than once";
            }
            for (FormValue value : values) {
                if (!value.isFileItem() && RequestInput.hasNulChar(value.getValue())) {
                    return "a NUL in a field";
                }
            }
        }
        return null;
    }
}
