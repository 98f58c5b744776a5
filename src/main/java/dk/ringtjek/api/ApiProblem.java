package dk.ringtjek.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An error of the API as RFC 9457 problem details (application/problem+json). Thrown by the API's
 * services and written by {@link ApiProblemMapper}, so that no API error becomes an HTML page.
 */
public class ApiProblem extends RuntimeException {

    public static final String MEDIA_TYPE = "application/problem+json";
    /** Where /api explains each problem type. */
    public static final String TYPE_BASE = "/api#problem-";

    private final transient Body body;

    public ApiProblem(Body body) {
        super(body.title());
        this.body = body;
    }

    public Body body() {
        return body;
    }

    public static ApiProblem badRequest(String type, String title, String detail, String reason) {
        return new ApiProblem(new Body(TYPE_BASE + type, title, 400, detail, reason, null));
    }

    public static ApiProblem notFound(String detail) {
        return new ApiProblem(new Body("about:blank", "Not Found", 404, detail, null, null));
    }

    /** The JSON body: the members of RFC 9457 and two of ours. */
    @Schema(name = "Problem", description = "RFC 9457 problem details.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Body(
            @Schema(required = true, example = "/api#problem-invalid-number",
                    description = "The kind of problem: a link to its explanation on /api, or about:blank") String type,
            @Schema(required = true, example = "Not a phone number") String title,
            @Schema(required = true, example = "400") int status,
            @Schema(example = "The number is too short.", description = "What was wrong, in English") String detail,
            @Schema(example = "too-short", description = "Why the input is not a phone number (invalid-number only)",
                    enumeration = { "empty", "too-long-input", "invalid-characters", "too-short", "too-long",
                        "invalid-country-code", "not-a-number" }) String reason,
            @Schema(example = "12", description = "Seconds until the client may try again (429 only)") Long retryAfter) {
    }
}
