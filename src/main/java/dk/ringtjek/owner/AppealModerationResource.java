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

/** The moderators' queue of appeals and owners' objections ({@code /moderation/klager}). */
@Path("/moderation/klager")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"moderator", "admin"})
public class AppealModerationResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance appeals(List<AppealItem> appeals, AppealService.Reason[] reasons);
    }

    private final AppealService appeals;
    private final SecurityIdentity identity;

    public AppealModerationResource(AppealService appeals, SecurityIdentity identity) {
        this.appeals = appeals;
        this.identity = identity;
    }

    @GET
    public TemplateInstance list() {
        return Templates.appeals(appeals.openAppeals(), AppealService.Reason.values());
    }

    @POST
    @Path("{id}/afgoer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("id") long id, @RestForm String outcome, @RestForm String reason,
            @RestForm String note) {
        AppealService.Reason why;
        try {
            why = AppealService.Reason.valueOf(reason == null ? "" : reason);
        } catch (IllegalArgumentException e) {
            return Response.status(Response.Status.BAD_REQUEST).build();
        }
        if (!"uphold".equals(outcome) && !"reject".equals(outcome)) {
            return Response.status(Response.Status.BAD_REQUEST).build();
        }
        if (!appeals.decide(id, "uphold".equals(outcome), why, identity.getPrincipal().getName(), note)) {
            throw new NotFoundException();
        }
        return Response.seeOther(URI.create("/moderation/klager")).build();
    }
}
