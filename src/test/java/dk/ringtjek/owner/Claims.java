package dk.ringtjek.owner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import dk.ringtjek.support.Csrf;
import dk.ringtjek.support.Mails;

/** Sends claims through the public form the way a browser does, and reads the mail they send. */
final class Claims {

    static final String CONFIRM_PATH = "/nummer/[^/\\s]+/ejer/bekraeft/[A-Za-z0-9_-]+";

    private Claims() {
    }

    /** Posts a claim form from a client address; the answer is left to the test. */
    static Response post(String numberPath, String clientAddress, Map<String, String> fields) {
        String path = numberPath + "/ejer";
        Csrf csrf = Csrf.from(path);
        RequestSpecification request = csrf.request().header("X-Forwarded-For", clientAddress)
                .formParam("formToken", Csrf.humanFormToken(clientAddress, path));
        fields.forEach(request::formParam);
        return request.post(path);
    }

    static Map<String, String> organisation(String name, String email) {
        return Map.of("kind", "ORGANISATION", "organisation", name, "contactName", "Kontakt " + name,
                "email", email, "evidence", "https://example.org/kontakt viser nummeret");
    }

    static Map<String, String> privatePerson(String name, String email) {
        return Map.of("kind", "PRIVATE", "contactName", name, "email", email,
                "evidence", "Mit eget mobilnummer; jeg kan sende en regning fra mit teleselskab");
    }

    /** Sends a claim and returns the path of the confirmation link mailed for it. */
    static String claimAndReadLink(GreenMail mail, String numberPath, String clientAddress,
            Map<String, String> fields) {
        int before = Mails.to(mail, fields.get("email")).size();
        Response sent = post(numberPath, clientAddress, fields);
        assertEquals(303, sent.statusCode(), sent.asString());
        return Mails.linkPath(Mails.newestBodyTo(mail, fields.get("email"), before + 1), CONFIRM_PATH);
    }
}
