package dk.ringtjek.support;

import static io.restassured.RestAssured.given;

import java.time.Clock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.arc.Arc;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import dk.ringtjek.abuse.FormTimer;

/** A CSRF token as a browser holds it: the cookie and the hidden form field, read from a page. */
public record Csrf(String cookie, String field) {

    public static final String NAME = "csrf-token";
    private static final Pattern FIELD = Pattern.compile("name=\"" + NAME + "\" value=\"([^\"]+)\"");

    /** Loads a page with a form and takes its token. */
    public static Csrf from(String pagePath) {
        Response page = given().get(pagePath);
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

    /** A report form shown a minute ago by the application's clock: a person's pace, not a bot's. */
    public static String humanFormToken() {
        Clock clock = Arc.container().instance(Clock.class).get();
        return Arc.container().instance(FormTimer.class).get().tokenFor(clock.instant().minusSeconds(60));
    }
}
