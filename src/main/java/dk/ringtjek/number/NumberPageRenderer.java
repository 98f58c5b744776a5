package dk.ringtjek.number;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import dk.ringtjek.web.RenderedPage;

/**
 * Renders the number page. The page holds nothing of the visitor who asks (no token, no form, no
 * cookie): one rendering serves everybody who reads it in that language.
 */
@ApplicationScoped
public class NumberPageRenderer {

    @CheckedTemplate(basePath = "NumberResource")
    static class Templates {
        static native TemplateInstance page(NumberPage page, String notice);
    }

    /** The page as every visitor gets it. */
    RenderedPage render(NumberPage page) {
        return RenderedPage.of(Templates.page(page, null).render());
    }

    /** The page with a one-off notice for the visitor who just acted (a flag counted). */
    String renderWithNotice(NumberPage page, String notice) {
        return Templates.page(page, notice).render();
    }
}
