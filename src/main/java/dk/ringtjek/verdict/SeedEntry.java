package dk.ringtjek.verdict;

import java.time.LocalDate;
import java.util.List;

/**
 * One entry of the versioned seed file src/main/resources/seed/curated-entries.json; the *En fields
 * are the English text of each field and may be left out.
 */
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
        LocalDate lastVerified,
        String ownerNameEn,
        String summaryEn,
        List<String> callReasonsEn,
        String salesNoteEn,
        List<String> verifyTipsEn,
        List<String> prepareTipsEn,
        List<ContactChannel> contactChannelsEn) {

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
        entry.ownerNameEn = ownerNameEn;
        entry.summaryEn = summaryEn;
        entry.callReasonsEn = listOrEmpty(callReasonsEn);
        entry.salesNoteEn = salesNoteEn;
        entry.verifyTipsEn = listOrEmpty(verifyTipsEn);
        entry.prepareTipsEn = listOrEmpty(prepareTipsEn);
        entry.contactChannelsEn = listOrEmpty(contactChannelsEn);
    }

    private static <T> List<T> listOrEmpty(List<T> list) {
        return list == null ? new java.util.ArrayList<>() : new java.util.ArrayList<>(list);
    }
}
