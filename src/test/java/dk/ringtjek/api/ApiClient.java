package dk.ringtjek.api;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.List;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;

import io.restassured.filter.Filter;
import io.restassured.specification.RequestSpecification;

/**
 * Calls the API the way a client would, checking every answer against the OpenAPI document the app
 * publishes at /q/openapi (Atlassian's validator), and keeping every body so a test can search them all.
 */
final class ApiClient {

    private final OpenApiValidationFilter validation;
    private final List<String> bodies = new ArrayList<>();

    ApiClient() {
        String document = given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .extract().asString();
        OpenApiInteractionValidator validator = OpenApiInteractionValidator.createForInlineApiSpecification(document)
                // our tests send bad input on purpose: only the answers are checked
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.request", ValidationReport.Level.IGNORE).build())
                .build();
        this.validation = new OpenApiValidationFilter(validator);
    }

    /** A request whose response is validated and remembered. */
    RequestSpecification request() {
        Filter keep = (request, response, context) -> {
            var answer = context.next(request, response);
            bodies.add(answer.asString());
            return answer;
        };
        return given().filter(validation).filter(keep);
    }

    /** Every body answered so far. */
    List<String> bodies() {
        return bodies;
    }
}
