package dk.ringtjek.number;

/**
 * A number's page changed: fired by {@link NumberChanges} in the writing transaction and observed after
 * it commits by everything that keeps a copy of the page (the page cache). Fired again on every
 * instance, this one included, when PostgreSQL's notification of the change arrives
 * ({@link NumberChangeListener}), outside any transaction; observers must not mind hearing it twice.
 *
 * @param e164 the number whose page changed
 */
public record NumberChanged(String e164) {
}
