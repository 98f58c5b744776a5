package dk.ringtjek.account;

import java.net.URI;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism;

/**
 * The staff login page (the form posts to Quarkus' /j_security_check), logout, and the page a staff
 * member lands on after logging in.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class LoginResource {

    static final String LOGIN_PATH = "/login";
    static final String HOME_PATH = "/konto";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(LoginView view);

        static native TemplateInstance home();
    }

    private final SecurityIdentity identity;

    public LoginResource(SecurityIdentity identity) {
        this.identity = identity;
    }

    @GET
    @Path("login")
    public Response login(@QueryParam("error") String error, @QueryParam("loggedOut") String loggedOut) {
        LoginView view = new LoginView(error != null, loggedOut != null, 0, false, null);
        return Response.ok(Templates.login(view)).cacheControl(noStore()).build();
    }

    @POST
    @Path("logout")
    public Response logout() {
        if (!identity.isAnonymous()) {
            FormAuthenticationMechanism.logout(identity);
        }
        return Response.seeOther(URI.create(LOGIN_PATH + "?loggedOut=true")).build();
    }

    @GET
    @Path("konto")
    @Authenticated
    public Response home() {
        return Response.ok(Templates.home()).cacheControl(noStore()).build();
    }

    static CacheControl noStore() {
        CacheControl cache = new CacheControl();
        cache.setNoStore(true);
        return cache;
    }
}
