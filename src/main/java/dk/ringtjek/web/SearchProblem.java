package dk.ringtjek.web;

/** A search that could not be read: what the person typed (shortened if huge) and the message key. */
public record SearchProblem(String input, String messageKey) {
}
