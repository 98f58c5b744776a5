package dk.ringtjek.i18n;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

import io.quarkus.qute.TemplateExtension;

/** "3 days ago" in the current language: {report.createdAt.ago}. */
@TemplateExtension
public final class RelativeTime {

    private RelativeTime() {
    }

    static String ago(OffsetDateTime time) {
        return ago(time, Instant.now(), MessageExtensions.language());
    }

    public static String ago(OffsetDateTime time, Instant now, Language language) {
        if (time == null) {
            return "";
        }
        Duration age = Duration.between(time.toInstant(), now);
        long minutes = Math.max(0, age.toMinutes());
        if (minutes < 60) {
            return Messages.text(language, "time.minutes-ago", minutes);
        }
        long hours = age.toHours();
        if (hours < 24) {
            return Messages.text(language, "time.hours-ago", hours);
        }
        long days = age.toDays();
        if (days < 60) {
            return Messages.text(language, "time.days-ago", days);
        }
        if (days < 730) {
            return Messages.text(language, "time.months-ago", days / 30);
        }
        return Messages.text(language, "time.years-ago", days / 365);
    }

    /** The ISO instant, for datetime attributes. */
    static String isoInstant(OffsetDateTime time) {
        return time == null ? "" : time.toInstant().toString();
    }
}
