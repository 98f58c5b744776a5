package dk.ringtjek.moderation;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

import dk.ringtjek.report.HideReason;

/** The moderator queue and the actions on it. Moderators and admins only. */
@Path("/moderation")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"moderator", "admin"})
public class ModerationResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(List<QueueItem> items, List<QueueItem> hidden, String done);
    }

    private final QueueService queue;
    private final ModerationService moderation;
    private final SecurityIdentity identity;

    public ModerationResource(QueueService queue, ModerationService moderation, SecurityIdentity identity) {
        this.queue = queue;
        this.moderation = moderation;
        this.identity = identity;
    }

    @GET
    public TemplateInstance queue(@QueryParam("done") String done) {
        return Templates.queue(queue.queue(), queue.recentlyHidden(), done == null || !done.matches("[a-z-]{1,20}") ? null : done);
    }

    @POST
    @Path("reports/{id}/hide")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response hide(@PathParam("id") long id, @RestForm String reason, @RestForm String note) {
        moderation.hide(id, moderator(), HideReason.of(reason), note);
        return backToQueue("hidden");
    }

    @POST
    @Path("reports/{id}/restore")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response restore(@PathParam("id") long id, @RestForm String note) {
        moderation.restore(id, moderator(), note);
        return backToQueue("restored");
    }

    @POST
    @Path("reports/{id}/dismiss")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response dismiss(@PathParam("id") long id, @RestForm String note) {
        moderation.dismissFlags(id, moderator(), note);
        return backToQueue("dismissed");
    }

    @POST
    @Path("bulk")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response bulk(@RestForm("ids") List<Long> ids, @RestForm String action, @RestForm String reason,
            @RestForm String note) {
        ModerationService.BulkAction bulkAction;
        try {
            bulkAction = ModerationService.BulkAction.valueOf(action == null ? "" : action);
        } catch (IllegalArgumentException e) {
            return backToQueue("nothing");
        }
        moderation.bulk(ids == null ? List.of() : ids, bulkAction, moderator(), HideReason.of(reason), note);
        return backToQueue("bulk");
    }

    private String moderator() {
        return identity.getPrincipal().getName();
    }

    private static Response backToQueue(String done) {
        return Response.seeOther(URI.create("/moderation?done=" + done)).build();
    }
}
