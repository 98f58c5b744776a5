package dk.ringtjek.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The about, privacy and contact pages. Their English addresses (/en/about, ...) reach the same methods
 * through i18n.LanguageFilter, which also sets the language the template is rendered in.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class InfoResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance about(SiteFacts site);

        static native TemplateInstance privacy(SiteFacts site);

        static native TemplateInstance contact(SiteFacts site);
    }

    private final SiteFacts site;

    public InfoResource(SiteFacts site) {
        this.site = site;
    }

    @GET
    @Path("om")
    public TemplateInstance about() {
        return Templates.about(site);
    }

    @GET
    @Path("privatliv")
    public TemplateInstance privacy() {
        return Templates.privacy(site);
    }

    @GET
    @Path("kontakt")
    public TemplateInstance contact() {
        return Templates.contact(site);
    }
}
