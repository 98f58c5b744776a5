package dk.ringtjek.report;

import java.time.Instant;

import io.quarkus.qute.TemplateExtension;

import dk.ringtjek.i18n.Language;
import dk.ringtjek.i18n.MessageExtensions;
import dk.ringtjek.i18n.Messages;
import dk.ringtjek.i18n.RelativeTime;

/** Sentences about the crowd part that need more than one message: {crowd.explanation}. */
@TemplateExtension
public final class CrowdExtensions {

    /** More than this share of the people in one direction makes it "mostly". */
    private static final double MOSTLY = 0.6;

    private CrowdExtensions() {
    }

    static String explanation(CrowdView crowd) {
        return explain(crowd, MessageExtensions.language(), Instant.now());
    }

    /**
     * One sentence that says what the score rests on, e.g. "Mostly complaints about sales calls,
     * from 14 people. Latest report 3 days ago."
     */
    public static String explain(CrowdView crowd, Language language, Instant now) {
        if (crowd.people() == 0) {
            return Messages.text(language, "score.explain.none");
        }
        String tone;
        if (crowd.negative() > MOSTLY * crowd.people()) {
            tone = "complaints";
        } else if (crowd.positive() > MOSTLY * crowd.people()) {
            tone = "praise";
        } else {
            tone = "mixed";
        }
        String theme = crowd.categories().isEmpty() ? Messages.text(language, "score.explain.theme.various")
                : Messages.text(language, crowd.categories().get(0).category().themeKey());
        return Messages.text(language, "score.explain." + tone, theme, crowd.people(),
                RelativeTime.ago(crowd.lastReportedAt(), now, language));
    }
}
