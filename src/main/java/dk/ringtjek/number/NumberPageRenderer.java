package dk.ringtjek.number;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import dk.ringtjek.report.ReportFormState;
import dk.ringtjek.web.SplicedPage;

/**
 * Renders the number page. The newest page of a number is rendered once per language into a
 * {@link SplicedPage} with holes for the visitor's CSRF token and form timer, which is what
 * {@link NumberPageCache} keeps; other pages (older reports, a notice, a form with errors) are
 * rendered per request.
 */
@ApplicationScoped
public class NumberPageRenderer {

    /** Where the csrf tag takes its token from, when given, instead of the current request. */
    static final String CSRF_HOLE = "csrfHole";
    private static final int CSRF = 0;
    private static final int FORM_TOKEN = 1;
    private static final int COMPRESSION_LEVEL = 6;

    @CheckedTemplate(basePath = "NumberResource")
    static class Templates {
        static native TemplateInstance page(NumberPage page, ReportFormState form, String notice);
    }

    // random per process, so that no text a visitor writes (and the page escapes) can be taken for a hole
    private final List<String> markers = List.of(marker("csrf"), marker("form"));

    /** The newest page of a number with holes for {@link #values}. */
    SplicedPage splice(NumberPage page, String reportsPath) {
        String html = Templates.page(page, ReportFormState.fresh(reportsPath, markers.get(FORM_TOKEN)), null)
                .data(CSRF_HOLE, markers.get(CSRF))
                .render();
        return SplicedPage.of(html, markers, COMPRESSION_LEVEL);
    }

    /** What goes into a spliced page's holes for one visitor. */
    static List<String> values(String csrfToken, String formToken) {
        return List.of(csrfToken, formToken);
    }

    /** A page rendered for this request alone. */
    String render(NumberPage page, ReportFormState form, String notice) {
        return Templates.page(page, form, notice).render();
    }

    private static String marker(String name) {
        byte[] random = new byte[12];
        new SecureRandom().nextBytes(random);
        return "hole-" + name + "-" + HexFormat.of().formatHex(random);
    }
}
