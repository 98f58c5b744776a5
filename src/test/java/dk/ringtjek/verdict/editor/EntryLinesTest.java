package dk.ringtjek.verdict.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dk.ringtjek.verdict.ContactChannel;
import dk.ringtjek.verdict.Source;

class EntryLinesTest {

    @Test
    void readsEachListSkippingBlankLines() {
        assertEquals(List.of("Regninger", "Flytning"), EntryLines.items("Regninger\n\n  Flytning  \n").items());
        assertEquals(List.of(new ContactChannel(ContactChannel.Type.PHONE, "70 11 40 40", "hverdage"),
                new ContactChannel(ContactChannel.Type.PHONE, "88 30 30 30", null)),
                EntryLines.channels("phone | 70 11 40 40 | hverdage\n\nPHONE | 88 30 30 30").items());
        assertEquals(List.of(new Source("Norlys", "https://norlys.dk")),
                EntryLines.sources("Norlys | https://norlys.dk").items());
    }

    @Test
    void namesTheFirstProblemWithItsLineNumber() {
        assertEquals(Optional.of("editor.error.channel-type#3"),
                EntryLines.channels("PHONE | 1\n\nfax | 2\nnonsense").error());
        assertEquals(Optional.of("editor.error.channel-line#1"), EntryLines.channels("PHONE").error());
        assertEquals(Optional.of("editor.error.source-url#2"),
                EntryLines.sources("A | https://a.dk\nB | ftp://b.dk").error());
        assertEquals(Optional.of("editor.error.source-line#1"), EntryLines.sources(" | https://a.dk").error());
        assertEquals(Optional.of("editor.error.line-too-long#2"),
                EntryLines.items("ok\n" + "x".repeat(EntryLines.LINE_MAX + 1)).error());
        assertEquals(Optional.of("editor.error.too-many-lines#" + EntryLines.MAX_LINES),
                EntryLines.items("line\n".repeat(EntryLines.MAX_LINES + 1)).error());
        assertEquals(Optional.empty(), EntryLines.items("line\n".repeat(EntryLines.MAX_LINES)).error());
    }

    @Test
    void readsAChannelsWebAddressAndWritesItBack() {
        String text = "SOCIAL | Facebook | Privat besked | https://www.facebook.com/norlys\nCHAT | Chat || https://norlys.dk/chat";
        List<ContactChannel> channels = EntryLines.channels(text).items();
        assertEquals(List.of(
                new ContactChannel(ContactChannel.Type.SOCIAL, "Facebook", "Privat besked", "https://www.facebook.com/norlys"),
                new ContactChannel(ContactChannel.Type.CHAT, "Chat", null, "https://norlys.dk/chat")), channels);
        assertEquals("SOCIAL | Facebook | Privat besked | https://www.facebook.com/norlys\nCHAT | Chat |  | https://norlys.dk/chat",
                EntryLines.formatChannels(channels));
        assertEquals(channels, EntryLines.channels(EntryLines.formatChannels(channels)).items());
        assertEquals(Optional.of("editor.error.channel-url#1"), EntryLines.channels("CHAT | Chat | x | norlys.dk").error());
    }
}
