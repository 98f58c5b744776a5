package dk.ringtjek.verdict.editor;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import dk.ringtjek.verdict.ContactChannel;
import dk.ringtjek.verdict.Source;
import dk.ringtjek.verdict.Verdict;

/**
 * The editor's lists as plain text, one item per line, so that they can be edited without JavaScript:
 * reasons and tips as they are, contact channels as {@code TYPE | value | note | url} (note and url
 * optional), sources as
 * {@code title | url}. Blank lines are ignored. A problem is a message key with the line number after
 * '#', as {@link dk.ringtjek.web.FormErrors} reads it.
 */
public final class EntryLines {

    public static final int MAX_LINES = 30;
    public static final int LINE_MAX = 500;
    /** The most a list field may hold: a little more than MAX_LINES full lines. */
    public static final int TEXT_MAX = (MAX_LINES + 1) * (LINE_MAX + 1);
    public static final String SEPARATOR = "|";

    /** A list read from text, or the first problem found in it. */
    public record Parsed<T>(List<T> items, String problem) {

        static <T> Parsed<T> ok(List<T> items) {
            return new Parsed<>(items, null);
        }

        static <T> Parsed<T> problem(String key, int line) {
            return new Parsed<>(List.of(), key + "#" + line);
        }

        public Optional<String> error() {
            return Optional.ofNullable(problem);
        }
    }

    private EntryLines() {
    }

    public static Parsed<String> items(String text) {
        return parse(text, Line::of);
    }

    public static Parsed<ContactChannel> channels(String text) {
        return parse(text, line -> {
            List<String> parts = split(line);
            if (parts.size() < 2 || parts.size() > 4 || parts.get(1).isEmpty()) {
                return Line.wrong("editor.error.channel-line");
            }
            String url = parts.size() == 4 && !parts.get(3).isEmpty() ? parts.get(3) : null;
            if (url != null && !url.matches("https?://\\S+")) {
                return Line.wrong("editor.error.channel-url");
            }
            Optional<ContactChannel.Type> type = channelType(parts.get(0));
            if (type.isEmpty()) {
                return Line.wrong("editor.error.channel-type");
            }
            String note = parts.size() >= 3 && !parts.get(2).isEmpty() ? parts.get(2) : null;
            return Line.of(new ContactChannel(type.get(), parts.get(1), note, url));
        });
    }

    public static Parsed<Source> sources(String text) {
        return parse(text, line -> {
            List<String> parts = split(line);
            if (parts.size() != 2 || parts.get(0).isEmpty()) {
                return Line.wrong("editor.error.source-line");
            }
            String url = parts.get(1);
            if (!url.matches("https?://\\S+")) {
                return Line.wrong("editor.error.source-url");
            }
            return Line.of(new Source(parts.get(0), url));
        });
    }

    /** What one line reads as: an item, or the message key of what is wrong with it. */
    private record Line<T>(T item, String problem) {

        static <T> Line<T> of(T item) {
            return new Line<>(item, null);
        }

        static <T> Line<T> wrong(String key) {
            return new Line<>(null, key);
        }
    }

    /** Every non-blank line read by {@code reader}; the first problem ends the reading, with its line number. */
    private static <T> Parsed<T> parse(String text, Function<String, Line<T>> reader) {
        List<T> items = new ArrayList<>();
        List<String> lines = lines(text);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                continue;
            }
            if (line.length() > LINE_MAX) {
                return Parsed.problem("editor.error.line-too-long", i + 1);
            }
            Line<T> read = reader.apply(line);
            if (read.problem() != null) {
                return Parsed.problem(read.problem(), i + 1);
            }
            items.add(read.item());
        }
        return items.size() > MAX_LINES ? Parsed.problem("editor.error.too-many-lines", MAX_LINES) : Parsed.ok(items);
    }

    public static String formatItems(List<String> items) {
        return String.join("\n", items);
    }

    public static String formatChannels(List<ContactChannel> channels) {
        return String.join("\n", channels.stream().map(channel -> channel.type().name() + " | " + channel.value()
                + (channel.note() == null && channel.url() == null ? "" : " | " + (channel.note() == null ? "" : channel.note()))
                + (channel.url() == null ? "" : " | " + channel.url())).toList());
    }

    public static String formatSources(List<Source> sources) {
        return String.join("\n", sources.stream().map(source -> source.title() + " | "
                + (source.url() == null ? "" : source.url())).toList());
    }

    /** The verdict named exactly as in the form's select box. */
    static Optional<Verdict> verdict(String text) {
        for (Verdict verdict : Verdict.values()) {
            if (verdict.name().equals(text)) {
                return Optional.of(verdict);
            }
        }
        return Optional.empty();
    }

    /** An ISO date as an input type=date sends it. */
    static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** "PHONE", "phone", "self-service" and "SELF_SERVICE" all name a type. */
    static Optional<ContactChannel.Type> channelType(String text) {
        String name = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (ContactChannel.Type type : ContactChannel.Type.values()) {
            if (type.name().equals(name)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    private static List<String> lines(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return text.lines().map(String::strip).toList();
    }

    private static List<String> split(String line) {
        return List.of(line.split("\\" + SEPARATOR, -1)).stream().map(String::strip).toList();
    }
}
