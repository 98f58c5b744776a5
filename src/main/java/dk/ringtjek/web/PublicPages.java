package dk.ringtjek.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

/**
 * Sends the site's public pages: the same bytes to every visitor of a language, so that browsers,
 * the proxy in front of us (docker/nginx.conf) and any CDN may keep them. A page is answered with its
 * content's entity tag, {@code Cache-Control: public} with the shared caches' lifetime, gzip as
 * stored when the client takes it, and 304 Not Modified when the client already has this very page.
 * <p>
 * Whatever differs per visitor (a form's tokens, a thank-you, a notice) is never on such a page: it
 * lives on a page of its own, sent with {@link #PRIVATE}.
 */
@ApplicationScoped
public class PublicPages {

    /** For pages made for one visitor: nobody may keep them. */
    public static final String PRIVATE = "private, no-store";
    private static final String HTML = "text/html;charset=UTF-8";

    private final String cacheControl;

    public PublicPages(WebConfig config) {
        this.cacheControl = cacheControl(config);
    }

    /** The page for this request: 304 if the client has it, else the bytes it can take. */
    public Response send(RenderedPage page, Request request, HttpHeaders headers) {
        return send(page, request, headers.getHeaderString(HttpHeaders.ACCEPT_ENCODING));
    }

    /** The same, with the request's Accept-Encoding header. */
    public Response send(RenderedPage page, Request request, String acceptEncoding) {
        Response.ResponseBuilder notModified = request.evaluatePreconditions(page.etag());
        Response.ResponseBuilder response;
        if (notModified != null) {
            response = notModified;
        } else if (takesGzip(acceptEncoding)) {
            response = Response.ok(page.gzip(), page.mediaType()).header(HttpHeaders.CONTENT_ENCODING, "gzip");
        } else {
            response = Response.ok(page.plain(), page.mediaType());
        }
        return response.tag(page.etag())
                .header(HttpHeaders.CACHE_CONTROL, cacheControl)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING)
                .build();
    }

    /** A page rendered for this request alone. */
    public static Response privatePage(Response.Status status, String html) {
        return Response.status(status).entity(html).type(HTML).header(HttpHeaders.CACHE_CONTROL, PRIVATE).build();
    }

    /**
     * Browsers revalidate after {@code page-max-age} (0: every time, a 304 is cheap); shared caches keep
     * a page for {@code shared-max-age} and may serve it stale while they fetch the next one or while we
     * cannot answer.
     */
    static String cacheControl(WebConfig config) {
        return "public, max-age=" + config.pageMaxAge()
                + ", s-maxage=" + config.sharedMaxAge().toSeconds()
                + ", stale-while-revalidate=" + config.staleWhileRevalidate().toSeconds()
                + ", stale-if-error=" + config.staleIfError().toSeconds();
    }

    /** Whether Accept-Encoding allows gzip (RFC 9110, 12.5.3): listed, or "*", and not with q=0. */
    static boolean takesGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        boolean any = false;
        for (String part : acceptEncoding.split(",")) {
            String[] fields = part.split(";");
            String coding = fields[0].strip();
            boolean refused = false;
            for (int i = 1; i < fields.length; i++) {
                String parameter = fields[i].strip().replace(" ", "");
                if (parameter.regionMatches(true, 0, "q=", 0, 2)) {
                    refused = parameter.substring(2).matches("0(\\.0{0,3})?");
                }
            }
            if (coding.equalsIgnoreCase("gzip") || coding.equalsIgnoreCase("x-gzip")) {
                return !refused;
            }
            if (coding.equals("*")) {
                any = !refused;
            }
        }
        return any;
    }
}
