package dk.ringtjek.cluster;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.response.Response;

import dk.ringtjek.cluster.TwoInstances.Instance;

/**
 * What two instances of the packaged application on one database share (issue 15, "Done when"): a
 * client's report allowance, a login lockout, and a change to a number, which the other instance's
 * cached page shows at once through PostgreSQL's notification.
 */
@ExtendWith(TwoInstances.class)
class TwoInstancesIT {

    private static final String CSRF = "csrf-token";
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"" + CSRF + "\" value=\"([^\"]+)\"");
    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"");
    /** How long a change on A may take to show on B before the test fails; the measured time is printed. */
    private static final Duration NOTIFY_BOUND = Duration.ofSeconds(20);

    @Test
    void shouldGiveAClientFiveReportsInTenMinutesAcrossBothInstancesNotTen() {
        int created = 0;
        int refused = 0;
        for (int i = 0; i < 10; i++) {
            Instance instance = i % 2 == 0 ? TwoInstances.a() : TwoInstances.b();
            Response answer = postReport(instance, "7090100" + i, "10.150.0.1", "anmeldelse nummer " + i);
            created += isSaved(answer) ? 1 : 0;
            refused += answer.statusCode() == 429 ? 1 : 0;
        }
        assertEquals(5, created, "the allowance of 5 in 10 minutes holds across instances");
        assertEquals(5, refused);
        assertTrue(isSaved(postReport(TwoInstances.b(), "70901010", "10.150.0.2", "en anden klient")),
                "another client has its own allowance");
    }

    @Test
    void shouldHoldALoginLockoutReachedOnOneInstanceOnTheOther() {
        String client = "10.150.1.1";
        for (int i = 0; i < 5; i++) {
            Instance instance = i % 2 == 0 ? TwoInstances.a() : TwoInstances.b();
            assertEquals(302, login(instance, "not-the-password", client).statusCode());
        }
        login(TwoInstances.b(), TwoInstances.ADMIN_PASSWORD, client).then().statusCode(429)
                .body(containsString("For mange mislykkede forsøg"));
        login(TwoInstances.a(), TwoInstances.ADMIN_PASSWORD, client).then().statusCode(429);
        login(TwoInstances.b(), TwoInstances.ADMIN_PASSWORD, "10.150.1.2").then().statusCode(302)
                .header("Location", not(containsString("error")));
    }

    @Test
    void shouldShowAReportPostedOnAOnBsCachedPageWithoutWaitingForItsTimeToLive() throws Exception {
        String number = "70902001";
        String comment = "set straks på den anden instans";
        Instance b = TwoInstances.b();
        for (int i = 0; i < 2; i++) {
            page(b, number, "10.150.9.9").then().statusCode(200).body(not(containsString(comment)));
        }
        Response posted = postReport(TwoInstances.a(), number, "10.150.2.1", comment);
        long postedAt = System.nanoTime();
        assertTrue(isSaved(posted), posted.statusCode() + " " + posted.getHeader("Location"));
        long shownAt = 0;
        for (int i = 0; System.nanoTime() - postedAt < NOTIFY_BOUND.toNanos(); i++) {
            // each look from a reader of its own: the polling must not meet the page-view allowance
            if (page(b, number, "10.151." + (i / 250 % 250) + "." + (i % 250)).asString().contains(comment)) {
                shownAt = System.nanoTime();
                break;
            }
            Thread.sleep(20);
        }
        assertTrue(shownAt > 0, "the report shows on B within " + NOTIFY_BOUND + " (B's pages live an hour)");
        System.out.printf("TwoInstancesIT: a report posted on A showed on B's cached page after %d ms%n",
                Duration.ofNanos(shownAt - postedAt).toMillis());
    }

    private static Response page(Instance instance, String number, String reader) {
        return given().baseUri(instance.baseUrl()).header("X-Forwarded-For", reader).get("/nummer/" + number);
    }

    /** Saved: sent on to the report's own thank-you page (a dropped bot's form goes to the number's). */
    private static boolean isSaved(Response answer) {
        String location = answer.getHeader("Location");
        return answer.statusCode() == 303 && location != null && location.matches(".*/anmeldelser/\\d+/tak");
    }

    /** The report form read and sent back on one instance, as a browser does, from the given client. */
    private static Response postReport(Instance instance, String number, String client, String comment) {
        Response form = given().baseUri(instance.baseUrl()).header("X-Forwarded-For", client)
                .get("/nummer/" + number + "/anmeld");
        assertEquals(200, form.statusCode(), "the report form of " + number + " on " + instance.name());
        String html = form.asString();
        return given().baseUri(instance.baseUrl()).redirects().follow(false).header("X-Forwarded-For", client)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .cookie(CSRF, form.getCookie(CSRF)).formParam(CSRF, field(CSRF_FIELD, html))
                .formParam("formToken", field(FORM_TOKEN, html)).formParam("website", "")
                .formParam("rating", "NEGATIVE").formParam("category", "SALES").formParam("comment", comment)
                .post("/nummer/" + number + "/anmeldelser");
    }

    private static Response login(Instance instance, String password, String client) {
        Response page = given().baseUri(instance.baseUrl()).header("X-Forwarded-For", client).get("/login");
        return given().baseUri(instance.baseUrl()).redirects().follow(false).header("X-Forwarded-For", client)
                .cookie(CSRF, page.getCookie(CSRF)).formParam(CSRF, field(CSRF_FIELD, page.asString()))
                .formParam("j_username", TwoInstances.ADMIN).formParam("j_password", password)
                .post("/j_security_check");
    }

    private static String field(Pattern pattern, String html) {
        Matcher m = pattern.matcher(html);
        assertTrue(m.find(), "the page carries the field " + pattern);
        return m.group(1);
    }
}
