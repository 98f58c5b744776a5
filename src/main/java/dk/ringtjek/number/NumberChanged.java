package dk.ringtjek.number;

/**
 * A number's page changed: fired by {@link NumberChanges} in the writing transaction and observed after
 * it commits by everything that keeps a copy of the page (this instance's page cache; other instances
 * hear of it through the page version).
 *
 * @param e164 the number whose page changed
 */
public record NumberChanged(String e164) {
}
