package dk.ringtjek.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;

import dk.ringtjek.account.StaffRole;
import dk.ringtjek.number.NumberProblem;
import dk.ringtjek.report.Category;
import dk.ringtjek.report.CommunityScore;
import dk.ringtjek.report.HideReason;
import dk.ringtjek.report.Rating;
import dk.ringtjek.verdict.ContactChannel;
import dk.ringtjek.verdict.Verdict;

/**
 * Fails when a page would show ??key??: every message key a template names literally, every key a
 * Java string spells out, and every key an enum builds (messageKey(), formKey(), ...) must be in
 * both bundles.
 */
class MessageKeysUsedTest {

    private static final Path TEMPLATES = Path.of("src", "main", "resources", "templates");
    private static final Path JAVA = Path.of("src", "main", "java");
    /** msg:t('key' ...) and the key parameters of tags ({#field label='key' hint='key' /}). */
    private static final Pattern TEMPLATE_KEY = Pattern.compile("(?:msg:t\\(|\\b(?:label|hint)=)'([a-z][a-z0-9.-]*)'");
    /** A Java string that is a whole key (not a prefix ending in '.'), maybe with '#' and an argument. */
    private static final Pattern JAVA_KEY = Pattern.compile("\"((?:form|editor|report|score|number|verdict|flag|"
            + "moderation|rate|error|staff|account|info|home|crowd|search|time|login|site|stats|history)\\.[a-z0-9.-]*[a-z0-9])(?:#[^\"]*)?\"");
    /** Keys that Javadoc shows as examples of the format. */
    private static final Set<String> EXAMPLES_IN_COMMENTS = Set.of("editor.error.line");
    private static final List<Class<? extends Enum<?>>> ENUMS_WITH_KEYS = List.of(Category.class, Rating.class,
            Verdict.class, ContactChannel.Type.class, CommunityScore.Label.class, CommunityScore.Strength.class,
            HideReason.class, StaffRole.class, NumberProblem.class);

    @Test
    void shouldFindEveryKeyTheTemplatesNameInBothBundles() throws IOException {
        Set<String> keys = matches(TEMPLATES, ".html", TEMPLATE_KEY);
        assertTrue(keys.size() > 200, "the templates were read: " + keys.size());
        assertAllExist(keys, "templates");
    }

    @Test
    void shouldFindEveryKeyTheJavaCodeSpellsOutInBothBundles() throws IOException {
        Set<String> keys = matches(JAVA, ".java", JAVA_KEY);
        keys.removeAll(EXAMPLES_IN_COMMENTS);
        assertTrue(keys.size() > 30, "the sources were read: " + keys.size());
        assertAllExist(keys, "Java sources");
    }

    @Test
    void shouldFindEveryKeyAnEnumBuildsInBothBundles() throws ReflectiveOperationException {
        Set<String> keys = new TreeSet<>();
        for (Class<? extends Enum<?>> type : ENUMS_WITH_KEYS) {
            for (Method method : type.getMethods()) {
                if (method.getParameterCount() == 0 && method.getReturnType() == String.class
                        && method.getName().endsWith("Key") && !Modifier.isStatic(method.getModifiers())) {
                    for (Enum<?> constant : type.getEnumConstants()) {
                        if (constant instanceof Category category && method.getName().equals("explanationKey")
                                && !category.explained()) {
                            continue;
                        }
                        keys.add((String) method.invoke(constant));
                    }
                }
            }
        }
        for (PhoneNumberType type : PhoneNumberType.values()) {
            keys.add("number.type." + type.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        Field fields = Class.forName("dk.ringtjek.verdict.editor.EntrySnapshot").getDeclaredField("FIELDS");
        fields.setAccessible(true);
        for (Object field : (List<?>) fields.get(null)) {
            keys.add("editor.field." + field);
        }
        assertAllExist(keys, "enums");
    }

    @Test
    void shouldNoticeAKeyNeitherBundleHas() {
        Set<String> missing = missing(Set.of("no.such.key"), Language.DA);
        assertEquals(Set.of("no.such.key"), missing);
    }

    private static void assertAllExist(Set<String> keys, String where) {
        for (Language language : Language.values()) {
            assertEquals(Set.of(), missing(keys, language), "keys used in the " + where + " but missing in the "
                    + language.code() + " bundle");
        }
    }

    private static Set<String> missing(Set<String> keys, Language language) {
        Set<String> missing = new TreeSet<>();
        for (String key : keys) {
            if (!Messages.has(language, key)) {
                missing.add(key);
            }
        }
        return missing;
    }

    private static Set<String> matches(Path root, String suffix, Pattern pattern) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                Matcher matcher = pattern.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        return keys;
    }
}
