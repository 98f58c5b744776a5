package dk.ringtjek.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

class MessageBundlesTest {

    @Test
    void shouldHaveTheSameKeysInDanishAndEnglish() throws IOException {
        Set<String> danish = keysOf("messages.properties");
        Set<String> english = keysOf("messages_en.properties");
        Set<String> missingInEnglish = new TreeSet<>(danish);
        missingInEnglish.removeAll(english);
        Set<String> missingInDanish = new TreeSet<>(english);
        missingInDanish.removeAll(danish);
        assertEquals(Set.of(), missingInEnglish, "keys missing in messages_en.properties");
        assertEquals(Set.of(), missingInDanish, "keys missing in messages.properties");
        assertTrue(danish.size() > 50, "the bundles were read");
    }

    @Test
    void shouldHaveNoEmptyTexts() throws IOException {
        for (String bundle : new String[] {"messages.properties", "messages_en.properties"}) {
            Properties properties = load(bundle);
            for (String key : properties.stringPropertyNames()) {
                assertTrue(!properties.getProperty(key).isBlank(), bundle + " has an empty text for " + key);
            }
        }
    }

    @Test
    void shouldEscapeApostrophesInTextsWithArguments() throws IOException {
        // MessageFormat drops a single ' in a text that has {0}-style arguments
        for (String bundle : new String[] {"messages.properties", "messages_en.properties"}) {
            Properties properties = load(bundle);
            for (String key : properties.stringPropertyNames()) {
                String text = properties.getProperty(key);
                if (text.matches("(?s).*\\{\\d.*")) {
                    assertTrue(!text.replace("''", "").contains("'"), bundle + " " + key + " has a lone apostrophe");
                }
            }
        }
    }

    private static Set<String> keysOf(String name) throws IOException {
        return new TreeSet<>(load(name).stringPropertyNames());
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
