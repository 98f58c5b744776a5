package dk.ringtjek.support;

import static io.restassured.RestAssured.given;

import java.time.Clock;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.arc.Arc;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import dk.ringtjek.abuse.ClientKey;
import dk.ringtjek.abuse.FormTimer;
import dk.ringtjek.number.NumberNormaliser;

/** A CSRF token as a browser holds it: the cookie and the hidden form field, read from a page. */
public record Csrf(String cookie, String field) {

    public static final String NAME = "csrf-token";
    private static final Pattern FIELD = Pattern.compile("name=\"" + NAME + "\" value=\"([^\"]+)\"");

    private static final Pattern NUMBER_PAGE = Pattern.compile("/nummer/[^/?#]+");

    /**
     * Loads a page with a form and takes its token. A number page carries no form (it is the same for
     * everybody); for one, the token comes from its report form page, {@code /nummer/{n}/anmeld}.
     */
    public static Csrf from(String pagePath) {
        String formPage = NUMBER_PAGE.matcher(pagePath).matches() ? pagePath + "/anmeld" : pagePath;
        Response page = given().get(formPage);
        Matcher m = FIELD.matcher(page.asString());
        if (!m.find()) {
            throw new AssertionError("no CSRF field on " + pagePath + " (HTTP " + page.statusCode() + "): "
                    + page.asString().substring(0, Math.min(2000, page.asString().length())));
        }
        return new Csrf(page.getCookie(NAME), m.group(1));
    }

    /** A form request that carries the token. */
    public RequestSpecification request() {
        return given().redirects().follow(false).cookie(NAME, cookie).formParam(NAME, field)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8");
    }

    /**
     * A report form about the number in {@code path} (any path under /nummer/{n}), shown a minute ago
     * by the application's clock to the client at {@code clientAddress}: a person's pace, not a bot's.
     */
    public static String humanFormToken(String clientAddress, String path) {
        Clock clock = Arc.container().instance(Clock.class).get();
        return formToken(clock.instant().minusSeconds(60), clientAddress, path);
    }

    /** A report form token as the form at {@code path} shown at {@code shown} to that client carries it. */
    public static String formToken(Instant shown, String clientAddress, String path) {
        String[] hops = clientAddress.split(",");
        String key = Arc.container().instance(ClientKey.class).get().ofAddress(hops[hops.length - 1].strip());
        String spelling = path.split("/")[2];
        String e164 = Arc.container().instance(NumberNormaliser.class).get().normalise(spelling).e164();
        return Arc.container().instance(FormTimer.class).get().tokenFor(shown, key, e164);
    }
}
