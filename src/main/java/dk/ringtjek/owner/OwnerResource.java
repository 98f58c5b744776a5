package dk.ringtjek.owner;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
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

import dk.ringtjek.i18n.Language;
import dk.ringtjek.i18n.Messages;
import dk.ringtjek.number.Number;
import dk.ringtjek.number.NumberNormaliser;

/**
 * The owner's area ({@code /konto/ejer}): their numbers, the reports of each with a form to answer
 * each once, and the notice pinned above the reports. Every action is checked against
 * {@link OwnerScope}: a number the account does not own is refused (403), whatever the URL says.
 */
@Path("/konto/ejer")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("owner")
public class OwnerResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance numbers(List<NumberRow> numbers);

        static native TemplateInstance number(NumberRow number, OwnerView view, List<OwnerDesk.ReportRow> reports,
                String done, String error);
    }

    /** One owned number as the owner's pages show it. */
    public record NumberRow(Ownership owner, String display, String urlKey, String publicPath) {
        public String deskPath() {
            return "/konto/ejer/" + urlKey;
        }
    }

    private final OwnerScope scope;
    private final OwnerDesk desk;
    private final OwnerAnswers answers;
    private final OwnerNotices notices;
    private final OwnerQueries queries;
    private final NumberNormaliser normaliser;
    private final SecurityIdentity identity;
    private final AppealService appeals;
    private final PrivateNumbers privateNumbers;

    public OwnerResource(OwnerScope scope, OwnerDesk desk, OwnerAnswers answers, OwnerNotices notices,
            OwnerQueries queries, NumberNormaliser normaliser, SecurityIdentity identity, AppealService appeals,
            PrivateNumbers privateNumbers) {
        this.appeals = appeals;
        this.privateNumbers = privateNumbers;
        this.scope = scope;
        this.desk = desk;
        this.answers = answers;
        this.notices = notices;
        this.queries = queries;
        this.normaliser = normaliser;
        this.identity = identity;
    }

    @GET
    public TemplateInstance numbers() {
        return Templates.numbers(scope.numbersOf(username()).stream().map(this::row).toList());
    }

    @GET
    @Path("{number}")
    public TemplateInstance number(@PathParam("number") String spelling, @QueryParam("done") String done,
            @QueryParam("error") String error) {
        Ownership owner = owned(spelling);
        return Templates.number(row(owner), queries.viewOf(owner.numberId()), desk.reportsOf(owner.numberId()),
                key("owner.desk.done.", done), key("owner.desk.error.", error));
    }

    @POST
    @Path("{number}/anmeldelser/{report}/svar")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@PathParam("number") String spelling, @PathParam("report") long reportId,
            @RestForm String body) {
        Ownership owner = owned(spelling);
        try {
            answers.answer(owner, reportId, body);
        } catch (OwnerAnswers.RefusedException e) {
            return switch (e.refusal) {
                case NOT_THIS_NUMBER -> Response.status(Response.Status.NOT_FOUND).build();
                case ALREADY_ANSWERED -> Response.status(Response.Status.CONFLICT).build();
                case EMPTY -> back(owner, "error=answer-empty#r" + reportId);
            };
        }
        return back(owner, "done=answered#r" + reportId);
    }

    /** The owner objects to a report they consider false: it goes to the moderators' appeal queue. */
    @POST
    @Path("{number}/anmeldelser/{report}/indsigelse")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response object(@PathParam("number") String spelling, @PathParam("report") long reportId,
            @RestForm String statement) {
        Ownership owner = owned(spelling);
        if (appeals.byOwner(owner, reportId, statement).isEmpty()) {
            return back(owner, "error=objection#r" + reportId);
        }
        return back(owner, "done=objected#r" + reportId);
    }

    /** A private owner asks that the page shows only the aggregate; an editor decides. */
    @POST
    @Path("{number}/privat")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response askPrivate(@PathParam("number") String spelling) {
        Ownership owner = owned(spelling);
        return back(owner, privateNumbers.request(owner) ? "done=private-asked" : "error=private");
    }

    @POST
    @Path("{number}/opslag")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response pin(@PathParam("number") String spelling, @RestForm String body, @RestForm String spoofed) {
        Ownership owner = owned(spelling);
        if (!notices.pin(owner, body, "true".equals(spoofed))) {
            return back(owner, "error=notice-empty");
        }
        return back(owner, "done=pinned");
    }

    /** The number if this account owns it; 403 otherwise (also for a number that does not parse). */
    private Ownership owned(String spelling) {
        Number number;
        try {
            number = normaliser.normalise(spelling);
        } catch (RuntimeException e) {
            throw new ForbiddenException();
        }
        return scope.of(username(), number.e164()).orElseThrow(ForbiddenException::new);
    }

    private NumberRow row(Ownership owner) {
        Number number = normaliser.normalise(owner.e164());
        return new NumberRow(owner, normaliser.display(number), number.urlKey(), number.canonicalPath());
    }

    private Response back(Ownership owner, String query) {
        return Response.seeOther(URI.create(row(owner).deskPath() + "?" + query)).build();
    }

    private String username() {
        return identity.getPrincipal().getName();
    }

    /** The message key of an outcome named in the query, or null for none or an unknown one. */
    private static String key(String prefix, String word) {
        return word == null || !word.matches("[a-z-]{1,20}") || !Messages.has(Language.DA, prefix + word) ? null
                : prefix + word;
    }
}
