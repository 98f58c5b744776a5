package dk.ringtjek.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** GET /api/v1/lookup/{prefix}: numbers by hash prefix. */
@Path("/api/v1/lookup/{prefix}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "lookup", description = "Numbers by hash prefix, without telling which one you mean")
public class LookupResource {

    private final LookupService lookups;

    public LookupResource(LookupService lookups) {
        this.lookups = lookups;
    }

    @GET
    @Operation(summary = "Look numbers up by hash prefix",
            description = "Send the first 5-8 hex characters of the SHA-256 of the number's E.164 text (e.g. of "
                    + "\"+4570114040\") and get every known number with that prefix, with its label and score. Find "
                    + "yours among them on your side: the server never learns which number you meant.")
    @APIResponse(responseCode = "200", description = "The known numbers with that prefix (often none)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LookupAnswer.class),
                    examples = @ExampleObject(name = "one hit", value = ApiExamples.LOOKUP)))
    @APIResponse(responseCode = "400", description = "Not 5-8 hex characters",
            content = @Content(mediaType = ApiProblem.MEDIA_TYPE, schema = @Schema(implementation = ApiProblem.Body.class)))
    @APIResponse(responseCode = "429", description = "Over the allowance; see Retry-After",
            content = @Content(mediaType = ApiProblem.MEDIA_TYPE, schema = @Schema(implementation = ApiProblem.Body.class)))
    public LookupAnswer lookup(
            @Parameter(description = "5-8 hex characters", example = "3f2a9",
                    schema = @Schema(pattern = "^[0-9a-fA-F]{5,8}$")) @PathParam("prefix") String prefix) {
        return lookups.byPrefix(prefix);
    }
}
