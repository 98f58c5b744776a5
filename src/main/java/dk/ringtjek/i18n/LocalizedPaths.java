package dk.ringtjek.i18n;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a page lives in each language. Danish pages have the site's own paths ({@code /nummer/70114040});
 * English pages the same path under {@code /en} with English words ({@code /en/number/70114040}). The
 * resources only know the Danish paths: {@link LanguageFilter} turns an English request into its Danish
 * path before matching, and templates link with {@code {msg:path('/nummer/...')}}, which spells a Danish
 * path in the page's language. This class is the one place that knows both spellings.
 * <p>
 * Only public pages have an English address: staff paths under {@code /en} do not exist, so that no
 * English spelling can slip past the security rules written for the Danish paths.
 */
public final class LocalizedPaths {

    public static final String ENGLISH_PREFIX = "/en";

    /** Danish path segment → English; segments not listed (a number's key) are the same in both. */
    private static final Map<String, String> ENGLISH = Map.ofEntries(
            Map.entry("nummer", "number"),
            Map.entry("anmeld", "report"),
            Map.entry("anmeldelser", "reports"),
            Map.entry("rapporter", "flag"),
            Map.entry("rediger", "edit"),
            Map.entry("tak", "thanks"),
            Map.entry("om", "about"),
            Map.entry("privatliv", "privacy"),
            Map.entry("kontakt", "contact"),
            Map.entry("scoren", "score"),
            // owners (issue 17)
            Map.entry("ejer", "owner"),
            Map.entry("sendt", "sent"),
            Map.entry("bekraeft", "confirm"),
            Map.entry("klage", "appeal"));
    private static final Map<String, String> DANISH = ENGLISH.entrySet().stream()
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getValue, Map.Entry::getKey));

    /** The first segments of the Danish paths that have an English page ("" is the home page). */
    private static final Set<String> PUBLIC_ROOTS = Set.of("", "nummer", "search", "om", "privatliv", "kontakt",
            "scoren", "api");

    private LocalizedPaths() {
    }

    /** The language a request path is in: English under /en, Danish everywhere else. */
    public static Language languageOf(String path) {
        return path != null && (path.equals(ENGLISH_PREFIX) || path.startsWith(ENGLISH_PREFIX + "/"))
                ? Language.EN : Language.DA;
    }

    /**
     * The Danish path of an English request path ("/en/number/7011" → "/nummer/7011"), or empty when
     * no public page lives there.
     */
    public static Optional<String> danishOf(String englishPath) {
        String rest = englishPath.substring(ENGLISH_PREFIX.length());
        String danish = translate(rest.isEmpty() ? "/" : rest, DANISH);
        return PUBLIC_ROOTS.contains(firstSegment(danish)) ? Optional.of(danish) : Optional.empty();
    }

    /**
     * A Danish path (with an optional query or fragment) spelled in the given language; a path with no
     * English page stays as it is.
     */
    public static String in(Language language, String danishPath) {
        if (language == Language.DA || !hasEnglishPage(danishPath)) {
            return danishPath;
        }
        int tail = indexOfTail(danishPath);
        String path = danishPath.substring(0, tail);
        String translated = translate(path, ENGLISH);
        return (translated.equals("/") ? ENGLISH_PREFIX + "/" : ENGLISH_PREFIX + translated)
                + danishPath.substring(tail);
    }

    /** Whether the Danish path has an English twin (public pages do, staff pages do not). */
    public static boolean hasEnglishPage(String danishPath) {
        return danishPath.startsWith("/") && PUBLIC_ROOTS.contains(firstSegment(
                danishPath.substring(0, indexOfTail(danishPath))));
    }

    private static String translate(String path, Map<String, String> words) {
        String[] segments = path.split("/", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < segments.length; i++) {
            out.append('/').append(words.getOrDefault(segments[i], segments[i]));
        }
        return out.length() == 0 ? "/" : out.toString();
    }

    private static String firstSegment(String path) {
        int start = path.startsWith("/") ? 1 : 0;
        int end = path.indexOf('/', start);
        return end < 0 ? path.substring(start) : path.substring(start, end);
    }

    private static int indexOfTail(String path) {
        int query = path.indexOf('?');
        int fragment = path.indexOf('#');
        int tail = path.length();
        if (query >= 0) {
            tail = query;
        }
        if (fragment >= 0 && fragment < tail) {
            tail = fragment;
        }
        return tail;
    }
}
