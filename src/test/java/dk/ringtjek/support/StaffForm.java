package dk.ringtjek.support;

import static io.restassured.RestAssured.given;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A staff form's tokens as a browser holds them (the CSRF cookie, its form field, and the token tied
 * to the session), read from a staff page, for tests whose identity comes from {@code @TestSecurity}.
 */
public record StaffForm(String cookie, String field, String staffField) {

    private static final Pattern FIELD = Pattern.compile("name=\"" + StaffLogin.CSRF + "\" value=\"([^\"]+)\"");
    private static final Pattern STAFF = Pattern.compile("name=\"" + StaffLogin.STAFF_TOKEN + "\" value=\"([^\"]*)\"");

    public static StaffForm from(String staffPage) {
        Response page = given().get(staffPage);
        String html = page.asString();
        Matcher field = FIELD.matcher(html);
        Matcher staff = STAFF.matcher(html);
        if (!field.find() || !staff.find()) {
            throw new AssertionError("no staff form tokens on " + staffPage + " (HTTP " + page.statusCode() + ")");
        }
        return new StaffForm(page.getCookie(StaffLogin.CSRF), field.group(1), staff.group(1));
    }

    /** A form request that carries all three. */
    public RequestSpecification request() {
        return given().redirects().follow(false).cookie(StaffLogin.CSRF, cookie)
                .formParam(StaffLogin.CSRF, field).formParam(StaffLogin.STAFF_TOKEN, staffField)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8");
    }
}
