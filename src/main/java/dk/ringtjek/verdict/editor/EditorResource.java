package dk.ringtjek.verdict.editor;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

import dk.ringtjek.account.StaffRole;
import dk.ringtjek.number.InvalidNumberException;
import dk.ringtjek.number.Number;
import dk.ringtjek.number.NumberNormaliser;
import dk.ringtjek.verdict.CuratedEntry;
import dk.ringtjek.web.Flash;
import dk.ringtjek.web.FormErrors;

/** /redaktion: editors find a number and create or edit its official information. */
@Path("/redaktion")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({StaffRole.EDITOR_ROLE, StaffRole.ADMIN_ROLE})
public class EditorResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance start(StartPage page);

        static native TemplateInstance entry(EditorPage page);
    }

    private final CuratedEntryEditor editor;
    private final NumberNormaliser normaliser;
    private final Validator validator;
    private final SecurityIdentity identity;

    public EditorResource(CuratedEntryEditor editor, NumberNormaliser normaliser, Validator validator,
            SecurityIdentity identity) {
        this.editor = editor;
        this.normaliser = normaliser;
        this.validator = validator;
        this.identity = identity;
    }

    /** The start page, or, with ?nummer=, the editor page of that number. */
    @GET
    public Response start(@QueryParam("nummer") String query) {
        if (query == null) {
            return page(Response.ok(Templates.start(new StartPage("", null, recent()))));
        }
        try {
            return Response.seeOther(URI.create(editorPath(normaliser.normalise(query)))).build();
        } catch (InvalidNumberException e) {
            StartPage page = new StartPage(e.input(), e.problem().messageKey(), recent());
            return page(Response.status(Response.Status.BAD_REQUEST).entity(Templates.start(page)));
        }
    }

    @GET
    @Path("nummer/{number}")
    public Response entry(@PathParam("number") String spelling, @CookieParam(Flash.COOKIE) String flashCookie) {
        Number number = normaliser.normalise(spelling);
        if (!number.urlKey().equals(spelling)) {
            return Response.seeOther(URI.create(editorPath(number))).build();
        }
        Optional<CuratedEntry> entry = editor.find(number);
        Optional<Flash> flash = Flash.read(flashCookie);
        EditorPage page = editorPage(number, CuratedEntryForm.of(entry.orElse(null)), FormErrors.none(), entry,
                flash.orElse(null));
        Response.ResponseBuilder response = Response.ok(Templates.entry(page));
        flash.ifPresent(f -> response.cookie(Flash.clear()));
        return page(response);
    }

    @POST
    @Path("nummer/{number}")
    public Response save(@PathParam("number") String spelling, @BeanParam CuratedEntryForm form) {
        Number number = normaliser.normalise(spelling);
        FormErrors errors = FormErrors.of(validator.validate(form));
        if (errors.isEmpty()) {
            if (editor.save(number, form, identity.getPrincipal().getName()) == CuratedEntryEditor.Outcome.SAVED) {
                return Response.seeOther(URI.create(editorPath(number)))
                        .cookie(Flash.of("editor.flash.saved").cookie()).build();
            }
            errors.add("version", "form.error.conflict");
        }
        EditorPage page = editorPage(number, form, errors, editor.find(number), null);
        return page(Response.status(Response.Status.BAD_REQUEST).entity(Templates.entry(page)));
    }

    private EditorPage editorPage(Number number, CuratedEntryForm form, FormErrors errors,
            Optional<CuratedEntry> entry, Flash flash) {
        List<CuratedEntryVersion> versions = entry.map(editor::versions).orElse(List.of());
        return new EditorPage(normaliser.display(number), number.canonicalPath(), editorPath(number), form, errors,
                versions, flash, entry.isEmpty());
    }

    private List<StartPage.Recent> recent() {
        return editor.recentEdits().stream().map(edit -> {
            Number number = normaliser.normalise(edit.e164());
            return new StartPage.Recent(normaliser.display(number), editorPath(number), edit.ownerName(),
                    edit.editor(), edit.at());
        }).toList();
    }

    static String editorPath(Number number) {
        return "/redaktion/nummer/" + number.urlKey();
    }

    private static Response page(Response.ResponseBuilder response) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return response.cacheControl(noStore).build();
    }
}
