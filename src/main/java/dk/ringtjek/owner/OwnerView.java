package dk.ringtjek.owner;

import java.time.LocalDate;
import java.util.Map;

/**
 * What a number's verified owner says on its page: the pinned notice and the answers under reports
 * (visible ones only), gathered before rendering like the rest of the page; {@code privatePage}: an
 * editor granted the private owner's request, so the page shows only the aggregate and is noindex;
 * {@code scamBurst}: the editors call the number legitimate, yet many recent reports say scam, which is
 * what a spoofed number looks like (see {@link OwnerQueries}).
 */
public record OwnerView(Notice notice, Map<Long, Answer> answers, boolean privatePage, boolean scamBurst) {

    public static final OwnerView NONE = new OwnerView(null, Map.of(), false, false);

    /** The owner's name as shown: a private person is never named. */
    public record Shown(String ownerName, boolean privatePerson) {
    }

    public record Notice(String ownerName, boolean privatePerson, String body, boolean spoofed, LocalDate date) {
    }

    public record Answer(String ownerName, boolean privatePerson, String body, LocalDate date) {
    }

    /** The answer under a report, or null. */
    public Answer answerTo(long reportId) {
        return answers.get(reportId);
    }

    /** Whether the page warns that others likely call showing this number (the owner says so, or the burst). */
    public boolean spoofWarning() {
        return scamBurst || (notice != null && notice.spoofed());
    }

    /** The burst alone, when the owner has not said it themselves. */
    public boolean burstOnly() {
        return scamBurst && (notice == null || !notice.spoofed());
    }

    public boolean hasNotice() {
        return notice != null;
    }
}
