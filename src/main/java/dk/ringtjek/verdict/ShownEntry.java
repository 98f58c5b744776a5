package dk.ringtjek.verdict;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.quarkus.qute.TemplateExtension;

import dk.ringtjek.i18n.Language;
import dk.ringtjek.i18n.MessageExtensions;

/**
 * A curated entry as one language shows it: each field in English where an editor wrote it, and in
 * Danish otherwise, with the fields that fell back to Danish named (as message keys) so the page can
 * say "only in Danish". Danish pages always show the Danish text.
 */
public record ShownEntry(CuratedEntry entry, Language language) {

    public static ShownEntry of(CuratedEntry entry, Language language) {
        return new ShownEntry(entry, language);
    }

    /** {page.entry.shown}: the entry in the language being rendered. */
    @TemplateExtension
    static ShownEntry shown(CuratedEntry entry) {
        return of(entry, MessageExtensions.language());
    }

    private boolean english() {
        return language == Language.EN;
    }

    public Verdict verdict() {
        return entry.verdict;
    }

    public String ownerName() {
        return pick(entry.ownerName, entry.ownerNameEn);
    }

    public String summary() {
        return pick(entry.summary, entry.summaryEn);
    }

    public List<String> callReasons() {
        return pick(entry.callReasons, entry.callReasonsEn);
    }

    public String salesNote() {
        // a Danish note without an English one still shows: it is official text the caller needs
        return pick(entry.salesNote, entry.salesNoteEn);
    }

    public List<String> verifyTips() {
        return pick(entry.verifyTips, entry.verifyTipsEn);
    }

    public List<String> prepareTips() {
        return pick(entry.prepareTips, entry.prepareTipsEn);
    }

    public List<ContactChannel> contactChannels() {
        return pick(entry.contactChannels, entry.contactChannelsEn);
    }

    public List<Source> sources() {
        return entry.sources;
    }

    public LocalDate lastVerified() {
        return entry.lastVerified;
    }

    /** The message keys of the parts shown in Danish on an English page, in page order; empty on Danish pages. */
    public List<String> danishOnly() {
        List<String> keys = new ArrayList<>();
        if (!english()) {
            return keys;
        }
        addIfMissing(keys, "verdict.only-danish.owner", entry.ownerName, entry.ownerNameEn);
        addIfMissing(keys, "verdict.only-danish.summary", entry.summary, entry.summaryEn);
        addIfMissing(keys, "verdict.only-danish.reasons", entry.callReasons, entry.callReasonsEn);
        addIfMissing(keys, "verdict.only-danish.sales", entry.salesNote, entry.salesNoteEn);
        addIfMissing(keys, "verdict.only-danish.verify", entry.verifyTips, entry.verifyTipsEn);
        addIfMissing(keys, "verdict.only-danish.prepare", entry.prepareTips, entry.prepareTipsEn);
        addIfMissing(keys, "verdict.only-danish.channels", entry.contactChannels, entry.contactChannelsEn);
        return keys;
    }

    private String pick(String danish, String englishText) {
        return english() && !blank(englishText) ? englishText : danish;
    }

    private <T> List<T> pick(List<T> danish, List<T> englishText) {
        return english() && englishText != null && !englishText.isEmpty() ? englishText : danish;
    }

    private static void addIfMissing(List<String> keys, String key, String danish, String englishText) {
        if (!blank(danish) && blank(englishText)) {
            keys.add(key);
        }
    }

    private static void addIfMissing(List<String> keys, String key, List<?> danish, List<?> englishText) {
        if (danish != null && !danish.isEmpty() && (englishText == null || englishText.isEmpty())) {
            keys.add(key);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
