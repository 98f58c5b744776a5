package dk.ringtjek.account;

import java.net.URI;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
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

import dk.ringtjek.web.Flash;
import dk.ringtjek.web.FormErrors;

/** /admin/accounts: admins create staff accounts, disable and re-enable them, and reset passwords. */
@Path("/admin/accounts")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(StaffRole.ADMIN_ROLE)
public class AccountAdminResource {

    private static final URI SELF = URI.create("/admin/accounts");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance accounts(AccountsPage page);
    }

    private final AccountService accounts;
    private final Validator validator;
    private final SecurityIdentity identity;

    public AccountAdminResource(AccountService accounts, Validator validator, SecurityIdentity identity) {
        this.accounts = accounts;
        this.validator = validator;
        this.identity = identity;
    }

    @GET
    public Response list(@CookieParam(Flash.COOKIE) String flashCookie) {
        Optional<Flash> flash = Flash.read(flashCookie);
        Response.ResponseBuilder response = Response.ok(page(NewAccountForm.empty(), FormErrors.none(),
                FormErrors.none(), flash.orElse(null))).cacheControl(LoginResource.noStore());
        flash.ifPresent(f -> response.cookie(Flash.clear()));
        return response.build();
    }

    @POST
    public Response create(@BeanParam NewAccountForm form) {
        form.username = StaffAccount.normalise(form.username);
        FormErrors errors = FormErrors.of(validator.validate(form));
        AccountService.passwordProblem(form.password).ifPresent(problem -> errors.add("password", problem));
        if (form.chosenRoles().isEmpty() && !errors.has("roles")) {
            errors.add("roles", "account.error.roles");
        }
        if (errors.isEmpty()) {
            try {
                accounts.create(form.username, form.password, form.chosenRoles(), me());
                return done(Flash.of("account.flash.created", form.username));
            } catch (AccountService.UsernameTakenException e) {
                errors.add("username", "account.error.username-taken");
            }
        }
        return invalid(page(form, errors, FormErrors.none(), null));
    }

    @POST
    @Path("{id}/disable")
    public Response disable(@PathParam("id") long id) {
        StaffAccount account = accounts.find(id).orElseThrow(NotFoundException::new);
        if (account.username.equals(me())) {
            return done(Flash.of("account.flash.cannot-disable-self"));
        }
        accounts.setEnabled(id, false);
        return done(Flash.of("account.flash.disabled", account.username));
    }

    @POST
    @Path("{id}/enable")
    public Response enable(@PathParam("id") long id) {
        StaffAccount account = accounts.setEnabled(id, true).orElseThrow(NotFoundException::new);
        return done(Flash.of("account.flash.enabled", account.username));
    }

    @POST
    @Path("{id}/password")
    public Response resetPassword(@PathParam("id") long id, @RestForm String password) {
        StaffAccount account = accounts.find(id).orElseThrow(NotFoundException::new);
        Optional<String> problem = AccountService.passwordProblem(password);
        if (problem.isPresent()) {
            FormErrors errors = FormErrors.none().add("password-" + id, problem.get());
            return invalid(page(NewAccountForm.empty(), FormErrors.none(), errors, null));
        }
        accounts.resetPassword(id, password);
        return done(Flash.of("account.flash.password-reset", account.username));
    }

    private TemplateInstance page(NewAccountForm form, FormErrors errors, FormErrors passwordErrors, Flash flash) {
        return Templates.accounts(new AccountsPage(accounts.list(), form, errors, passwordErrors, flash, me()));
    }

    private String me() {
        return identity.getPrincipal().getName();
    }

    private static Response done(Flash flash) {
        return Response.seeOther(SELF).cookie(flash.cookie()).build();
    }

    private static Response invalid(TemplateInstance page) {
        return Response.status(Response.Status.BAD_REQUEST).entity(page).cacheControl(LoginResource.noStore()).build();
    }
}
