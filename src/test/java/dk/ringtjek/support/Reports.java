package dk.ringtjek.support;

import java.util.Map;

import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** Posts reports like a browser would, from a chosen client address (through the trusted proxy header). */
public final class Reports {

    private Reports() {
    }

    public static ValidatableResponse post(String numberPath, Csrf csrf, String clientAddress, Map<String, String> fields) {
        return postTo(numberPath + "/anmeldelser", csrf, clientAddress, fields);
    }

    /** Posts a report form (new or edit) to the given path. */
    public static ValidatableResponse postTo(String path, Csrf csrf, String clientAddress, Map<String, String> fields) {
        RequestSpecification request = csrf.request().header("X-Forwarded-For", clientAddress);
        if (!fields.containsKey("formToken")) {
            request.formParam("formToken", Csrf.humanFormToken(clientAddress, path));
        }
        fields.forEach(request::formParam);
        return request.post(path).then();
    }

    public static Map<String, String> report(String rating, String category, String comment) {
        return Map.of("rating", rating, "category", category, "comment", comment);
    }
}
