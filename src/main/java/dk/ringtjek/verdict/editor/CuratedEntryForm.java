package dk.ringtjek.verdict.editor;

import java.time.LocalDate;
import java.util.ArrayList;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.TemplateData;

import dk.ringtjek.verdict.CuratedEntry;
import dk.ringtjek.verdict.Verdict;

/**
 * The editor's form for a number's official information, field by field as typed. Validated with Bean
 * Validation; only a valid form is applied to an entry, all fields at once.
 */
@TemplateData(namespace = "EntryForm")
public class CuratedEntryForm {

    public static final int OWNER_MAX = CuratedEntry.OWNER_MAX;
    public static final int TEXT_MAX = CuratedEntry.TEXT_MAX;
    public static final int LIST_TEXT_MAX = EntryLines.TEXT_MAX;
    /** The version field of a form for a number that had no entry yet. */
    static final int NEW_ENTRY = -1;

    @RestForm
    @NotBlank(message = "form.error.required")
    @Size(max = OWNER_MAX, message = "form.error.too-long#" + OWNER_MAX)
    public String ownerName;

    @RestForm
    @Parses(Parses.Kind.VERDICT)
    public String verdict;

    @RestForm
    @NotBlank(message = "form.error.required")
    @Size(max = TEXT_MAX, message = "form.error.too-long#" + TEXT_MAX)
    public String summary;

    @RestForm
    @Size(max = LIST_TEXT_MAX, message = "form.error.too-long#" + LIST_TEXT_MAX)
    @Parses(Parses.Kind.ITEMS)
    public String callReasons;

    @RestForm
    @Size(max = TEXT_MAX, message = "form.error.too-long#" + TEXT_MAX)
    public String salesNote;

    @RestForm
    @Size(max = LIST_TEXT_MAX, message = "form.error.too-long#" + LIST_TEXT_MAX)
    @Parses(Parses.Kind.ITEMS)
    public String verifyTips;

    @RestForm
    @Size(max = LIST_TEXT_MAX, message = "form.error.too-long#" + LIST_TEXT_MAX)
    @Parses(Parses.Kind.ITEMS)
    public String prepareTips;

    @RestForm
    @Size(max = LIST_TEXT_MAX, message = "form.error.too-long#" + LIST_TEXT_MAX)
    @Parses(Parses.Kind.CHANNELS)
    public String contactChannels;

    @RestForm
    @Size(max = LIST_TEXT_MAX, message = "form.error.too-long#" + LIST_TEXT_MAX)
    @Parses(Parses.Kind.SOURCES)
    public String sources;

    @RestForm
    @Parses(Parses.Kind.DATE)
    public String lastVerified;

    // The English text of each field; blank means not translated (the page then shows the Danish text).

    @RestForm
    @Size(max = OWNER_MAX, message = "form.error.too-long#" + OWNER_MAX)
    public String ownerNameEn;

    @RestForm
    @Size(max = TEXT_MAX, message = "form.error.too-long#" + TEXT_MAX)
    public String summaryEn;

    @RestForm
    @Size(max = LIST_TEXT_MAX, message = "form.error.too-long#" + LIST_TEXT_MAX)
    @Parses(Parses.Kind.ITEMS)
    public String callReasonsEn;

    @RestForm
    @Size(max = TEXT_MAX, message = "form.error.too-long#" + TEXT_MAX)
    public String salesNoteEn;

    @RestForm
    @Size(max = LIST_TEXT_MAX, message = "form.error.too-long#" + LIST_TEXT_MAX)
    @Parses(Parses.Kind.ITEMS)
    public String verifyTipsEn;

    @RestForm
    @Size(max = LIST_TEXT_MAX, message = "form.error.too-long#" + LIST_TEXT_MAX)
    @Parses(Parses.Kind.ITEMS)
    public String prepareTipsEn;

    @RestForm
    @Size(max = LIST_TEXT_MAX, message = "form.error.too-long#" + LIST_TEXT_MAX)
    @Parses(Parses.Kind.CHANNELS)
    public String contactChannelsEn;

    /** The entry's version when the form was read, so that a save cannot undo someone else's. */
    @RestForm
    public String version;

    /** The form filled in from an entry, or empty for a number without one. */
    public static CuratedEntryForm of(CuratedEntry entry) {
        CuratedEntryForm form = new CuratedEntryForm();
        if (entry == null) {
            form.verdict = Verdict.LEGITIMATE.name();
            form.lastVerified = LocalDate.now().toString();
            form.version = String.valueOf(NEW_ENTRY);
            return form;
        }
        form.ownerName = entry.ownerName;
        form.verdict = entry.verdict.name();
        form.summary = entry.summary;
        form.callReasons = EntryLines.formatItems(entry.callReasons);
        form.salesNote = entry.salesNote;
        form.verifyTips = EntryLines.formatItems(entry.verifyTips);
        form.prepareTips = EntryLines.formatItems(entry.prepareTips);
        form.contactChannels = EntryLines.formatChannels(entry.contactChannels);
        form.sources = EntryLines.formatSources(entry.sources);
        form.lastVerified = entry.lastVerified == null ? "" : entry.lastVerified.toString();
        form.ownerNameEn = entry.ownerNameEn;
        form.summaryEn = entry.summaryEn;
        form.callReasonsEn = EntryLines.formatItems(entry.callReasonsEn);
        form.salesNoteEn = entry.salesNoteEn;
        form.verifyTipsEn = EntryLines.formatItems(entry.verifyTipsEn);
        form.prepareTipsEn = EntryLines.formatItems(entry.prepareTipsEn);
        form.contactChannelsEn = EntryLines.formatChannels(entry.contactChannelsEn);
        form.version = String.valueOf(entry.version);
        return form;
    }

    /** Writes the (valid) form into the entry: every official field, nothing else. */
    void applyTo(CuratedEntry entry) {
        entry.ownerName = ownerName.strip();
        entry.verdict = EntryLines.verdict(verdict).orElseThrow();
        entry.summary = summary.strip();
        entry.callReasons = new ArrayList<>(EntryLines.items(callReasons).items());
        entry.salesNote = salesNote == null || salesNote.isBlank() ? null : salesNote.strip();
        entry.verifyTips = new ArrayList<>(EntryLines.items(verifyTips).items());
        entry.prepareTips = new ArrayList<>(EntryLines.items(prepareTips).items());
        entry.contactChannels = new ArrayList<>(EntryLines.channels(contactChannels).items());
        entry.sources = new ArrayList<>(EntryLines.sources(sources).items());
        entry.lastVerified = lastVerified == null || lastVerified.isBlank() ? null
                : EntryLines.date(lastVerified).orElseThrow();
        entry.ownerNameEn = optional(ownerNameEn);
        entry.summaryEn = optional(summaryEn);
        entry.callReasonsEn = new ArrayList<>(EntryLines.items(callReasonsEn).items());
        entry.salesNoteEn = optional(salesNoteEn);
        entry.verifyTipsEn = new ArrayList<>(EntryLines.items(verifyTipsEn).items());
        entry.prepareTipsEn = new ArrayList<>(EntryLines.items(prepareTipsEn).items());
        entry.contactChannelsEn = new ArrayList<>(EntryLines.channels(contactChannelsEn).items());
    }

    private static String optional(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    int expectedVersion() {
        try {
            return version == null ? NEW_ENTRY : Integer.parseInt(version.strip());
        } catch (NumberFormatException e) {
            return NEW_ENTRY;
        }
    }

    public Verdict[] verdicts() {
        return Verdict.values();
    }
}
