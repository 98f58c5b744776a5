package dk.ringtjek.api;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

import dk.ringtjek.report.CommunityScore;

/**
 * Writes the blocklist row by row in each format, keeping nothing but the current row. E.164 numbers
 * and label names need no escaping in any of them.
 */
final class BlocklistWriters {

    /** The one contact a phone or a FRITZ!Box imports, with every listed number. */
    static final String CONTACT_NAME = "Ringtjek: uønskede opkald";
    private static final String CRLF = "\r\n";

    private BlocklistWriters() {
    }

    /** Receives the rows of one answer: listed numbers, then removed ones (only when changes are asked for). */
    interface Writer extends AutoCloseable {
        void listed(String e164, Double score);

        void endListed();

        void removed(String e164);

        @Override
        void close() throws IOException;
    }

    static Writer open(BlocklistService.Export export, OutputStream out) {
        BufferedWriter text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 8192);
        return switch (export.format()) {
            case JSON -> new Json(text, export);
            case CSV -> new Csv(text);
            case VCF -> new VCard(text);
        };
    }

    private abstract static class Base implements Writer {
        final java.io.Writer out;

        Base(java.io.Writer out) {
            this.out = out;
        }

        void write(String text) {
            try {
                out.write(text);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public void endListed() {
        }

        @Override
        public void removed(String e164) {
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }

    /** {"version":..,"since":..,"numbers":[{..}],"removed":[..]} */
    private static final class Json extends Base {
        private boolean first = true;

        Json(java.io.Writer out, BlocklistService.Export export) {
            super(out);
            write("{\"version\":" + export.version() + (export.since() == null ? "" : ",\"since\":" + export.since())
                    + ",\"numbers\":[");
        }

        @Override
        public void listed(String e164, Double score) {
            write((first ? "" : ",") + "{\"e164\":\"" + e164 + "\",\"label\":\"" + CommunityScore.label(score).name()
                    + "\",\"score\":" + CommunityScore.percent(score) + "}");
            first = false;
        }

        @Override
        public void endListed() {
            write("],\"removed\":[");
            first = true;
        }

        @Override
        public void removed(String e164) {
            write((first ? "" : ",") + "\"" + e164 + "\"");
            first = false;
        }

        @Override
        public void close() throws IOException {
            write("]}");
            super.close();
        }
    }

    /** e164,change,label,score; change is added or removed (RFC 4180, CRLF). */
    private static final class Csv extends Base {
        Csv(java.io.Writer out) {
            super(out);
            write("e164,change,label,score" + CRLF);
        }

        @Override
        public void listed(String e164, Double score) {
            write(e164 + ",added," + CommunityScore.label(score).name() + "," + CommunityScore.percent(score) + CRLF);
        }

        @Override
        public void removed(String e164) {
            write(e164 + ",removed,," + CRLF);
        }
    }

    /** One vCard 3.0 contact with a TEL line per number, which phones and FRITZ!Box import as one entry. */
    private static final class VCard extends Base {
        VCard(java.io.Writer out) {
            super(out);
            write("BEGIN:VCARD" + CRLF + "VERSION:3.0" + CRLF + "FN:" + CONTACT_NAME + CRLF
                    + "N:" + CONTACT_NAME + ";;;;" + CRLF + "NOTE:Ringtjek blocklist" + CRLF);
        }

        @Override
        public void listed(String e164, Double score) {
            write("TEL;TYPE=VOICE:" + e164 + CRLF);
        }

        @Override
        public void close() throws IOException {
            write("END:VCARD" + CRLF);
            super.close();
        }
    }
}
