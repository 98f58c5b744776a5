package dk.ringtjek.web;

import java.util.regex.Pattern;

/**
 * Text a visitor wrote, made safe to show to others: without the invisible characters that change the
 * direction of the text around them (U+202A-U+202E embeddings and overrides, U+2066-U+2069 isolates,
 * the U+200E/U+200F marks and the Arabic letter mark U+061C). "Ring ikke \u202Eenoh..." shows its
 * letters backwards and can make a report read as its opposite or a number look like another. Nobody
 * needs them in a Danish or English comment, so they are removed when the text comes in; templates
 * also isolate user text ({@code <bdi>} / {@code dir="auto"}) so that right-to-left writing stays
 * readable without spilling into the page around it.
 */
public final class UserText {

    private static final Pattern DIRECTION_CONTROLS = Pattern.compile("[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]");

    private UserText() {
    }

    /** The text without direction controls, stripped of surrounding white space; null stays null. */
    public static String clean(String text) {
        return text == null ? null : DIRECTION_CONTROLS.matcher(text).replaceAll("").strip();
    }
}
