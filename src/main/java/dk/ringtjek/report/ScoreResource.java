package dk.ringtjek.report;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** "Sådan beregner vi scoren" at /scoren, and in English at /en/score (the path sets the language). */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ScoreResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance score(ScoreExplanation score);
    }

    private final ScoreExplanation explanation;

    public ScoreResource(ScoreExplanation explanation) {
        this.explanation = explanation;
    }

    @GET
    @Path("scoren")
    public TemplateInstance danish() {
        return Templates.score(explanation);
    }

    @GET
    @Path("en/score")
    public TemplateInstance english() {
        return Templates.score(explanation);
    }
}
