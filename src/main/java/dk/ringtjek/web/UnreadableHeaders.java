package dk.ringtjek.web;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * An Accept or Accept-Language header that does not follow its grammar ("en;q=2", ";;;", "text/html,,")
 * or is absurdly long is treated as absent. The site picks its language by the URL, and
 * every page is HTML, so neither header decides anything here; yet REST's content negotiation
 * answered such a visit with a bare 400.
 */
public class UnreadableHeaders {

    private static final int MAX_LENGTH = 1000;
    private static final String WEIGHT = "(\\s*;\\s*q=(0(\\.\\d{0,3})?|1(\\.0{0,3})?))?";
    private static final String LANGUAGE = "(\\*|[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*)" + WEIGHT;
    private static final String TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
    private static final String MEDIA_RANGE = TOKEN + "/" + TOKEN
            + "(\\s*;\\s*(q=(0(\\.\\d{0,3})?|1(\\.0{0,3})?)|(?!q=)" + TOKEN + "=(" + TOKEN + "|\"[^\"\\\\]*\")))*";
    private static final Pattern ACCEPT_LANGUAGE = list(LANGUAGE);
    private static final Pattern ACCEPT = list(MEDIA_RANGE);

    @ServerRequestFilter(preMatching = true)
    public void dropUnreadable(ContainerRequestContext request) {
        dropUnless(request, HttpHeaders.ACCEPT_LANGUAGE, ACCEPT_LANGUAGE);
        dropUnless(request, HttpHeaders.ACCEPT, ACCEPT);
    }

    private static void dropUnless(ContainerRequestContext request, String header, Pattern grammar) {
        List<String> values = request.getHeaders().get(header);
        if (values == null) {
            return;
        }
        String value = String.join(",", values);
        if (value.length() > MAX_LENGTH || !grammar.matcher(value).matches()) {
            request.getHeaders().remove(header);
        }
    }

    /** One or more elements separated by commas. */
    private static Pattern list(String element) {
        return Pattern.compile("\\s*" + element + "(\\s*,\\s*" + element + ")*\\s*");
    }
}
