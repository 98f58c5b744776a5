package dk.ringtjek.verdict;

import java.time.LocalDate;
import java.util.List;

/** One entry of the versioned seed file src/main/resources/seed/curated-entries.json. */
public record SeedEntry(
        String number,
        String ownerName,
        Verdict verdict,
        String summary,
        List<String> callReasons,
        String salesNote,
        List<String> verifyTips,
        List<String> prepareTips,
        List<ContactChannel> contactChannels,
        List<Source> sources,
        LocalDate lastVerified) {

    void applyTo(CuratedEntry entry) {
        entry.ownerName = ownerName;
        entry.verdict = verdict;
        entry.summary = summary;
        entry.callReasons = listOrEmpty(callReasons);
        entry.salesNote = salesNote;
        entry.verifyTips = listOrEmpty(verifyTips);
        entry.prepareTips = listOrEmpty(prepareTips);
        entry.contactChannels = listOrEmpty(contactChannels);
        entry.sources = listOrEmpty(sources);
        entry.lastVerified = lastVerified;
    }

    private static <T> List<T> listOrEmpty(List<T> list) {
        return list == null ? new java.util.ArrayList<>() : new java.util.ArrayList<>(list);
    }
}
