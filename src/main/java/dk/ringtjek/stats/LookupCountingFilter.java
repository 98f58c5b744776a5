package dk.ringtjek.stats;

import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

import io.vertx.core.http.HttpServerRequest;

import dk.ringtjek.abuse.ClientKey;
import dk.ringtjek.number.NumberResource;

/**
 * Counts a lookup each time a person is shown a number's canonical page: a GET of
 * {@code /nummer/{number}} answered 200, or 304 when their browser already had this very page.
 * Redirects of other spellings, bad numbers and self-declared bots are not counted. Counting is in
 * memory only ({@link LookupCounter}), once per client key, number and day.
 */
public class LookupCountingFilter {

    static final String PAGE_METHOD = "page";

    @Inject
    ShownNumber shown;

    @Inject
    LookupCounter counter;

    @Inject
    ClientKey clientKey;

    @ServerResponseFilter
    public void countLookup(ContainerRequestContext request, ContainerResponseContext response,
            SimpleResourceInfo resource, HttpServerRequest http) {
        if (resource == null || resource.getResourceClass() != NumberResource.class
                || !PAGE_METHOD.equals(resource.getMethodName())
                || !HttpMethod.GET.equals(request.getMethod())
                || !(response.getStatus() == Response.Status.OK.getStatusCode()
                        || response.getStatus() == Response.Status.NOT_MODIFIED.getStatusCode())
                || UserAgents.isBot(request.getHeaderString(HttpHeaders.USER_AGENT))) {
            return;
        }
        String e164 = shown.e164();
        if (e164 != null) { // null: not a number page after all
            counter.count(e164, clientKey.of(http));
        }
    }
}
