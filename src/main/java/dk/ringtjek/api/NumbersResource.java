package dk.ringtjek.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dk.ringtjek.web.PublicPages;

/** GET /api/v1/numbers/{number} and its reports. */
@Path("/api/v1/numbers/{number}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "numbers", description = "One number: facts, verdict, score, reports")
public class NumbersResource {

    static final String NUMBER_DOC = "Any spelling of any country's number, URL-encoded: 70114040, +45 70 11 40 40, "
            + "0045-70114040, +447400123456. National spellings are read as Danish.";

    private final NumberApiService numbers;
    private final PublicPages publicPages;

    public NumbersResource(NumberApiService numbers, PublicPages publicPages) {
        this.numbers = numbers;
        this.publicPages = publicPages;
    }

    @GET
    @Operation(summary = "Look a number up",
            description = "The number in E.164 and national spelling, what the number itself tells, the editors' "
                    + "official verdict (if any), the community score and how often it was looked up. A valid number "
                    + "nobody has reported answers 200 with empty community data.")
    @APIResponse(responseCode = "200", description = "The number",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NumberAnswer.class),
                    examples = @ExampleObject(name = "reported", value = ApiExamples.NUMBER)))
    @APIResponse(responseCode = "400", description = "Not a phone number; reason says why",
            content = @Content(mediaType = ApiProblem.MEDIA_TYPE, schema = @Schema(implementation = ApiProblem.Body.class),
                    examples = @ExampleObject(name = "too short", value = ApiExamples.BAD_NUMBER)))
    @APIResponse(responseCode = "429", description = "Over the allowance; see Retry-After",
            content = @Content(mediaType = ApiProblem.MEDIA_TYPE, schema = @Schema(implementation = ApiProblem.Body.class)))
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match tag is still the answer's")
    public Response number(
            @Parameter(description = NUMBER_DOC, example = "+4570114040") @PathParam("number") String number,
            @Context Request request, @Context HttpHeaders headers) {
        // kept as bytes with the number's pages (same freshness), sent with its tag, gzip'd when taken
        return publicPages.send(numbers.numberOf(number), request, headers);
    }

    @GET
    @Path("/reports")
    @Operation(summary = "A number's reports",
            description = "Reports newest first, a page at a time. A report hidden by a moderator, or held for one, "
                    + "comes as a stub with its status and reason, never with its text or a caller's name. Follow "
                    + "next as ?cursor= until it is absent.")
    @APIResponse(responseCode = "200", description = "A page of reports",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportsAnswer.class),
                    examples = @ExampleObject(name = "page", value = ApiExamples.REPORTS)))
    @APIResponse(responseCode = "400", description = "Not a phone number, or a bad cursor or limit",
            content = @Content(mediaType = ApiProblem.MEDIA_TYPE, schema = @Schema(implementation = ApiProblem.Body.class)))
    @APIResponse(responseCode = "429", description = "Over the allowance; see Retry-After",
            content = @Content(mediaType = ApiProblem.MEDIA_TYPE, schema = @Schema(implementation = ApiProblem.Body.class)))
    public ReportsAnswer reports(
            @Parameter(description = NUMBER_DOC, example = "+4570114040") @PathParam("number") String number,
            @Parameter(description = "The next value of the previous page", example = "1740821400000000-1051")
            @QueryParam("cursor") String cursor,
            @Parameter(description = "Reports per page, 1-100 (default 20)",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100"))
            @QueryParam("limit") Integer limit) {
        return numbers.reportsOf(number, cursor, limit);
    }
}
