package dk.ringtjek.report;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import dk.ringtjek.support.Csrf;
import dk.ringtjek.support.Reports;

/**
 * One fetched form serves one post: its timing token is signed for the client it was shown to and the
 * number it is about, so a script cannot fetch it once and post from many addresses or about many numbers.
 */
@QuarkusTest
class FormTokenBindingTest {

    private static final String PAGE = "/nummer/20304080";
    private static final String OTHER_PAGE = "/nummer/20304081";
    private static final String SHOWN_TO = "10.62.0.1";

    @Test
    void shouldAskAgainWhenTheFormWasShownToAnotherClientAndKeepTheText() {
        Csrf csrf = Csrf.from(PAGE);
        String token = Csrf.humanFormToken(SHOWN_TO, PAGE);
        long before = reports();
        for (int i = 2; i <= 10; i++) {
            Map<String, String> fields = new HashMap<>(Reports.report("NEGATIVE", "SALES", "genbrugt formular " + i));
            fields.put("formToken", token);
            Reports.post(PAGE, csrf, "10.62.0." + i, fields).statusCode(400)
                    .body(containsString(">genbrugt formular " + i + "</textarea>"))
                    .body(containsString("send igen"));
        }
        assertEquals(before, reports(), "nine clients, one fetched form: nothing saved");
    }

    @Test
    void shouldAskAgainWhenTheFormWasForAnotherNumber() {
        Csrf csrf = Csrf.from(OTHER_PAGE);
        long before = reports();
        Map<String, String> fields = new HashMap<>(Reports.report("NEGATIVE", "SALES", "andet nummer"));
        fields.put("formToken", Csrf.humanFormToken(SHOWN_TO, PAGE));
        Reports.post(OTHER_PAGE, csrf, SHOWN_TO, fields).statusCode(400);
        assertEquals(before, reports());
        Reports.post(OTHER_PAGE, csrf, SHOWN_TO, Reports.report("NEGATIVE", "SALES", "rigtigt nummer")).statusCode(303);
        assertEquals(before + 1, reports());
    }

    private static long reports() {
        return QuarkusTransaction.requiringNew().call(() -> Report.count());
    }
}
