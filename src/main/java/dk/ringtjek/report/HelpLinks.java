package dk.ringtjek.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.Startup;

import dk.ringtjek.i18n.Language;
import dk.ringtjek.i18n.MessageExtensions;

/**
 * Where to complain or register for the Danish-law categories (unlawful sales, the Robinson list,
 * phone fraud), read once at start-up from one data file, seed/help-links.json, that editors can
 * correct without touching code or texts. A wrong file stops the start, so a typo is never live.
 */
@ApplicationScoped
@Named("helpLinks")
@Startup
public class HelpLinks {

    static final String FILE = "seed/help-links.json";

    /** One link as the file has it: the categories it helps with, its title per language and its address. */
    record Entry(List<Category> categories, Map<String, String> title, String url) {
    }

    /** A link as a page shows it, titled in the language being rendered. */
    public record HelpLink(String danishTitle, String englishTitle, String url) {

        public String title() {
            return MessageExtensions.language() == Language.EN ? englishTitle : danishTitle;
        }
    }

    private final Map<Category, List<HelpLink>> links = new EnumMap<>(Category.class);

    public HelpLinks(ObjectMapper json) {
        for (Entry entry : read(json)) {
            HelpLink link = check(entry);
            for (Category category : entry.categories()) {
                links.computeIfAbsent(category, c -> new ArrayList<>()).add(link);
            }
        }
    }

    /** {inject:helpLinks.of(category)}: the links for a category, in file order; empty when none. */
    public List<HelpLink> of(Category category) {
        return links.getOrDefault(category, List.of());
    }

    private static HelpLink check(Entry entry) {
        String danish = entry.title() == null ? null : entry.title().get("da");
        String english = entry.title() == null ? null : entry.title().get("en");
        if (entry.categories() == null || entry.categories().isEmpty() || blank(danish) || blank(english)
                || entry.url() == null || !entry.url().matches("https://\\S+")) {
            throw new IllegalStateException(FILE + ": every link needs categories, a Danish and an English title "
                    + "and an https:// address; this one has not: " + entry);
        }
        return new HelpLink(danish, english, entry.url());
    }

    private static List<Entry> read(ObjectMapper json) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing");
            }
            return json.readValue(in, new TypeReference<List<Entry>>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException(FILE + " could not be read", e);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
