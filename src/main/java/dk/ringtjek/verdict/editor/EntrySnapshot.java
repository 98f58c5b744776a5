package dk.ringtjek.verdict.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import dk.ringtjek.verdict.ContactChannel;
import dk.ringtjek.verdict.CuratedEntry;
import dk.ringtjek.verdict.Source;
import dk.ringtjek.verdict.Verdict;

/** Every official field of a curated entry at one moment, as kept in a version row (jsonb). */
public record EntrySnapshot(
        String ownerName,
        Verdict verdict,
        String summary,
        List<String> callReasons,
        String salesNote,
        List<String> verifyTips,
        List<String> prepareTips,
        List<ContactChannel> contactChannels,
        List<Source> sources,
        String lastVerified,
        String ownerNameEn,
        String summaryEn,
        List<String> callReasonsEn,
        String salesNoteEn,
        List<String> verifyTipsEn,
        List<String> prepareTipsEn,
        List<ContactChannel> contactChannelsEn) {

    /** The field names shown in a version's "what changed" (keys editor.field.*). */
    static final List<String> FIELDS = List.of("owner", "verdict", "summary", "call-reasons", "sales-note",
            "verify-tips", "prepare-tips", "channels", "sources", "last-verified", "owner-en", "summary-en",
            "call-reasons-en", "sales-note-en", "verify-tips-en", "prepare-tips-en", "channels-en");

    static EntrySnapshot of(CuratedEntry entry) {
        return new EntrySnapshot(entry.ownerName, entry.verdict, entry.summary, List.copyOf(entry.callReasons),
                entry.salesNote, List.copyOf(entry.verifyTips), List.copyOf(entry.prepareTips),
                List.copyOf(entry.contactChannels), List.copyOf(entry.sources),
                entry.lastVerified == null ? null : entry.lastVerified.toString(), entry.ownerNameEn, entry.summaryEn,
                copy(entry.callReasonsEn), entry.salesNoteEn, copy(entry.verifyTipsEn), copy(entry.prepareTipsEn),
                copy(entry.contactChannelsEn));
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** The names of the fields that differ from an earlier snapshot, in form order. */
    List<String> changedSince(EntrySnapshot before) {
        List<Object> now = values();
        List<Object> then = before.values();
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < FIELDS.size(); i++) {
            if (!Objects.equals(now.get(i), then.get(i))) {
                changed.add(FIELDS.get(i));
            }
        }
        return changed;
    }

    private List<Object> values() {
        return Arrays.asList(ownerName, verdict, summary, callReasons, salesNote, verifyTips, prepareTips,
                contactChannels, sources, lastVerified, ownerNameEn, summaryEn, orEmpty(callReasonsEn), salesNoteEn,
                orEmpty(verifyTipsEn), orEmpty(prepareTipsEn), orEmpty(contactChannelsEn));
    }

    // versions saved before English text existed read these as null
    private static List<?> orEmpty(List<?> list) {
        return list == null ? List.of() : list;
    }
}
