package dk.ringtjek.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The about, privacy and contact pages, each at a Danish and an English path (i18n.PagePaths); the
 * path sets the language, so each path has its own method and they share one template.
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
    @Path("en/about")
    public TemplateInstance aboutInEnglish() {
        return Templates.about(site);
    }

    @GET
    @Path("privatliv")
    public TemplateInstance privacy() {
        return Templates.privacy(site);
    }

    @GET
    @Path("en/privacy")
    public TemplateInstance privacyInEnglish() {
        return Templates.privacy(site);
    }

    @GET
    @Path("kontakt")
    public TemplateInstance contact() {
        return Templates.contact(site);
    }

    @GET
    @Path("en/contact")
    public TemplateInstance contactInEnglish() {
        return Templates.contact(site);
    }
}
