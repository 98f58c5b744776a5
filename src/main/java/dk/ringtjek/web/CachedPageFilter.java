package dk.ringtjek.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Pattern;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import io.quarkus.qute.TemplateInstance;

/**
 * Short-lived HTTP caching for {@link CachedPage} pages: {@code Cache-Control: private, max-age=N} and a
 * weak ETag of the rendered body, and 304 Not Modified (without the body) when the browser already
 * has that very page.
 * <p>
 * Private, not public: a page can carry the visitor's CSRF token and set the CSRF and language
 * cookies, which a shared cache must never hand to somebody else. The ETag is weak because the body
 * may be sent compressed. Pages vary by the language cookie; LanguageFilter sends {@code Vary: Cookie}.
 */
@Provider
@CachedPage
public class CachedPageFilter implements ContainerResponseFilter {

    private static final String IF_NONE_MATCH = "If-None-Match";
    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"formToken\" value=\"[^\"]*\"");

    // looked up per request: JAX-RS providers are created before runtime configuration is there
    @Inject
    Instance<WebConfig> config;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() != Response.Status.OK.getStatusCode()
                || response.getHeaders().containsKey(HttpHeaders.ETAG) // tagged already (SplicedResponses)
                || !(HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod()))) {
            return;
        }
        String body = renderedBody(response);
        if (body == null) {
            return;
        }
        String etag = etagOf(body);
        response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, cacheControl(config.get().pageMaxAge()));
        if (matches(request.getHeaderString(IF_NONE_MATCH), etag)) {
            response.setStatus(Response.Status.NOT_MODIFIED.getStatusCode());
            response.setEntity(null);
        }
    }

    /** The body as sent; a template not rendered yet is rendered here (the template filter then has nothing to do). */
    private static String renderedBody(ContainerResponseContext response) {
        Object entity = response.getEntity();
        if (entity instanceof TemplateInstance template) {
            String body = template.render();
            response.setEntity(body, response.getEntityAnnotations(), response.getMediaType());
            return body;
        }
        return entity instanceof String body ? body : null;
    }

    static String etagOf(String body) {
        // the report form's timing token changes every second without changing what the page says;
        // a cached copy with an older token still works, so the token is left out of the tag
        String content = FORM_TOKEN.matcher(body).replaceAll("name=\"formToken\"");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return "W/\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 18)) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * No-cache unless configured: the browser keeps the page but asks every time (a 304 is cheap), so
     * that a new report, a hidden post or an editor's correction shows at once.
     */
    static String cacheControl(int maxAge) {
        return maxAge > 0 ? "private, max-age=" + maxAge : "private, no-cache";
    }

    /** Weak comparison (RFC 9110, 13.1.2): any listed tag, with or without W/, or *. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        String opaque = stripWeak(etag);
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || stripWeak(tag).equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    private static String stripWeak(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
