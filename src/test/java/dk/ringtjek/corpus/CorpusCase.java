package dk.ringtjek.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One case of the bad-input corpus, as read from a line of src/test/resources/corpus/*.jsonl
 * (the format is described in that folder's README.md).
 */
record CorpusCase(String file, int line, String name, String method, String path, List<String[]> headers,
        List<String[]> form, String body, String contentType, Csrf csrf, String expect, Map<String, Long> saves,
        List<String> contains, List<String> notContains) {

    /** How the case carries the CSRF token. */
    enum Csrf { VALID, NONE, WRONG, COOKIE_ONLY, FIELD_ONLY }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern REPEAT = Pattern.compile("@@repeat\\((\\d+),(.*?)\\)@@", Pattern.DOTALL);

    static List<CorpusCase> load(String file) {
        List<CorpusCase> cases = new ArrayList<>();
        try (InputStream in = CorpusCase.class.getClassLoader().getResourceAsStream("corpus/" + file);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String text;
            int line = 0;
            while ((text = reader.readLine()) != null) {
                line++;
                if (!text.isBlank() && !text.startsWith("#")) {
                    cases.add(parse(file, line, JSON.readTree(text)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("corpus/" + file, e);
        }
        return cases;
    }

    private static CorpusCase parse(String file, int line, JsonNode node) {
        String method = node.path("method").asText("GET");
        String csrfDefault = method.equals("POST") ? "valid" : "none";
        return new CorpusCase(file, line, required(node, "name", file, line), method,
                expand(required(node, "path", file, line)), pairs(node.get("headers")), pairs(node.get("form")),
                node.has("body") ? expand(node.get("body").asText()) : null,
                node.has("contentType") ? node.get("contentType").asText() : null,
                Csrf.valueOf(node.path("csrf").asText(csrfDefault).toUpperCase(Locale.ROOT).replace('-', '_')),
                node.has("expect") ? node.get("expect").asText() : fail("expect", file, line),
                saves(node.get("saves")), texts(node.get("contains")), texts(node.get("notContains")));
    }

    /** Header or form fields: an object, or an array of [name, value] pairs (which may repeat a name). */
    private static List<String[]> pairs(JsonNode node) {
        List<String[]> pairs = new ArrayList<>();
        if (node == null) {
            return pairs;
        }
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                pairs.add(new String[] {expand(field.getKey()), expand(field.getValue().asText())});
            }
        } else {
            for (JsonNode pair : node) {
                pairs.add(new String[] {expand(pair.get(0).asText()), expand(pair.get(1).asText())});
            }
        }
        return pairs;
    }

    private static Map<String, Long> saves(JsonNode node) {
        Map<String, Long> saves = new LinkedHashMap<>();
        if (node != null) {
            node.fields().forEachRemaining(field -> saves.put(field.getKey(), field.getValue().asLong()));
        }
        return saves;
    }

    private static List<String> texts(JsonNode node) {
        List<String> texts = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(text -> texts.add(expand(text.asText())));
        } else if (node != null) {
            texts.add(expand(node.asText()));
        }
        return texts;
    }

    /** "@@repeat(5000,A)@@" stands for 5000 A's, so that huge inputs stay readable in the files. */
    static String expand(String text) {
        Matcher m = REPEAT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(2).repeat(Integer.parseInt(m.group(1)))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String required(JsonNode node, String field, String file, int line) {
        return node.has(field) ? node.get(field).asText() : fail(field, file, line);
    }

    private static String fail(String field, String file, int line) {
        throw new IllegalArgumentException("corpus/" + file + ":" + line + " has no \"" + field + "\"");
    }

    /** Whether a status is what the case expects: "303", "4xx", or alternatives "400|404". */
    boolean expects(int status) {
        for (String alternative : expect.split("\\|")) {
            String a = alternative.trim();
            String code = Integer.toString(status);
            if (a.endsWith("xx") ? a.charAt(0) == code.charAt(0) : a.equals(code)) {
                return true;
            }
        }
        return false;
    }

    /** The readable test name: file line and what the case tries. */
    String displayName() {
        return "line " + line + ": " + name;
    }
}
