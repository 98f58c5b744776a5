package dk.ringtjek.stats;

/** A number as a list shows it: how people write it and the address of its page. */
public record NumberLink(String display, String path) {
}
