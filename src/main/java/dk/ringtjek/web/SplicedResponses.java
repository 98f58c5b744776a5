package dk.ringtjek.web;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * Answers with a {@link SplicedPage}: gzip as stored when the client takes it, 304 when it already
 * has this very page, and the same caching headers as every other {@link CachedPage}.
 */
@ApplicationScoped
public class SplicedResponses {

    private static final String HTML = "text/html;charset=UTF-8";

    private final WebConfig config;

    public SplicedResponses(WebConfig config) {
        this.config = config;
    }

    /**
     * The page with {@code values} in its holes. {@code visitorTag} goes into the ETag next to the
     * page's own tag: a browser's copy is only current if it also carries this visitor's token.
     */
    public Response send(SplicedPage page, HttpHeaders request, String visitorTag, List<String> values) {
        String etag = "W/\"" + page.tag() + "." + visitorTag + "\"";
        Response.ResponseBuilder response;
        if (CachedPageFilter.matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)) {
            response = Response.notModified();
        } else if (takesGzip(request.getHeaderString(HttpHeaders.ACCEPT_ENCODING))) {
            response = Response.ok(page.gzip(values), HTML).header(HttpHeaders.CONTENT_ENCODING, "gzip");
        } else {
            response = Response.ok(page.plain(values), HTML);
        }
        return response.header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, CachedPageFilter.cacheControl(config.pageMaxAge()))
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING)
                .build();
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
