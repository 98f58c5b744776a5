package dk.ringtjek.owner;

import java.net.URI;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import dk.ringtjek.account.AccountService;
import dk.ringtjek.web.PublicPages;

/**
 * The page the approval e-mail links to: a new owner chooses their password (the rules of every
 * account, {@link AccountService#passwordProblem(String)}), once, then logs in like staff.
 */
@Path(PasswordResource.PATH + "/{token}")
@Produces(MediaType.TEXT_HTML)
public class PasswordResource {

    static final String PATH = "/adgangskode";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance password(String token, boolean open, String error);
    }

    private final PasswordLinks links;

    public PasswordResource(PasswordLinks links) {
        this.links = links;
    }

    @GET
    public Response form(@PathParam("token") String token) {
        boolean open = links.isOpen(token);
        return page(open ? Response.Status.OK : Response.Status.NOT_FOUND, token, open, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response set(@PathParam("token") String token, @RestForm String password, @RestForm String repeat) {
        if (!links.isOpen(token)) {
            return page(Response.Status.NOT_FOUND, token, false, null);
        }
        String problem = AccountService.passwordProblem(password)
                .orElse(password.equals(repeat) ? null : "owner.password.error.repeat");
        if (problem != null) {
            return page(Response.Status.BAD_REQUEST, token, true, problem);
        }
        if (links.use(token, password).isEmpty()) {
            return page(Response.Status.NOT_FOUND, token, false, null);
        }
        return Response.seeOther(URI.create("/login")).build();
    }

    private static Response page(Response.Status status, String token, boolean open, String error) {
        return PublicPages.privatePage(status,
                Templates.password(OneTimeToken.wellFormed(token) ? token : "", open, error).render());
    }
}
