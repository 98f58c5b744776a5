package dk.ringtjek.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** GET /api/v1/blocklist: the numbers to block, whole or as changes since a version. */
@Path("/api/v1/blocklist")
@Tag(name = "blocklist", description = "Numbers to block, for phones, routers and apps")
public class BlocklistResource {

    public static final String VERSION_HEADER = "Ringtjek-Blocklist-Version";

    private final BlocklistService blocklist;

    public BlocklistResource(BlocklistService blocklist) {
        this.blocklist = blocklist;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, "text/csv", "text/vcard", ApiProblem.MEDIA_TYPE })
    @Operation(summary = "The blocklist",
            description = "Numbers whose community label is annoying or dangerous with at least moderate confidence, "
                    + "never one the editors declared legitimate. format=vcf is one contact, \"Ringtjek: uønskede "
                    + "opkald\", with every number, which phones and FRITZ!Box import as a block list. With "
                    + "?since=<version> (json, csv) only the changes after that version: numbers added and removed. "
                    + "Every answer carries its version (in the body for JSON, and in the Ringtjek-Blocklist-Version "
                    + "header); send the ETag back in If-None-Match to get 304 while nothing changed.")
    @APIResponse(responseCode = "200", description = "The list or the changes",
            headers = {
                @Header(name = VERSION_HEADER, description = "The version of this answer: pass it as ?since= next time",
                        schema = @Schema(type = SchemaType.INTEGER)),
                @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)) },
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BlocklistAnswer.class),
                        examples = @ExampleObject(name = "changes", value = ApiExamples.BLOCKLIST)),
                @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING),
                        examples = @ExampleObject(name = "csv", value = ApiExamples.BLOCKLIST_CSV)),
                @Content(mediaType = "text/vcard", schema = @Schema(type = SchemaType.STRING)) })
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "400", description = "Unknown format, or since not a version given out",
            content = @Content(mediaType = ApiProblem.MEDIA_TYPE, schema = @Schema(implementation = ApiProblem.Body.class)))
    @APIResponse(responseCode = "429", description = "Over the allowance; see Retry-After",
            content = @Content(mediaType = ApiProblem.MEDIA_TYPE, schema = @Schema(implementation = ApiProblem.Body.class)))
    public Response blocklist(
            @Parameter(description = "json (default), csv or vcf",
                    schema = @Schema(type = SchemaType.STRING, enumeration = { "json", "csv", "vcf" }))
            @QueryParam("format") String format,
            @Parameter(description = "The version of a previous answer: only changes after it",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "0"))
            @QueryParam("since") String since,
            @jakarta.ws.rs.core.Context Request request) {
        BlocklistService.Export export = blocklist.prepare(format, since);
        EntityTag tag = EntityTag.valueOf(export.etag());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.header(VERSION_HEADER, export.version()).build();
        }
        StreamingOutput body = out -> blocklist.write(export, out);
        return Response.ok(body, export.format().mediaType())
                .tag(tag)
                .header(VERSION_HEADER, export.version())
                .header("Content-Disposition", "inline; filename=\"" + export.format().fileName() + "\"")
                .build();
    }
}
