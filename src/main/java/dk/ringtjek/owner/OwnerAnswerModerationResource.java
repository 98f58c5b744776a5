package dk.ringtjek.owner;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

import dk.ringtjek.report.HideReason;

/** Moderators see the newest owner answers ({@code /moderation/svar}) and hide one like a report. */
@Path("/moderation/svar")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"moderator", "admin"})
public class OwnerAnswerModerationResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance answers(List<OwnerAnswer> answers, HideReason[] reasons);
    }

    private final OwnerAnswers answers;
    private final SecurityIdentity identity;

    public OwnerAnswerModerationResource(OwnerAnswers answers, SecurityIdentity identity) {
        this.answers = answers;
        this.identity = identity;
    }

    @GET
    public TemplateInstance list() {
        return Templates.answers(answers.recent(), HideReason.values());
    }

    @POST
    @Path("{id}/hide")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response hide(@PathParam("id") long id, @RestForm String reason, @RestForm String note) {
        if (!answers.hide(id, identity.getPrincipal().getName(), HideReason.of(reason), note)) {
            throw new NotFoundException();
        }
        return Response.seeOther(URI.create("/moderation/svar")).build();
    }
}
