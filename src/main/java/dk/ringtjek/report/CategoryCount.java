package dk.ringtjek.report;

/** How many counted reports a number has in one category; share is of all counted reports (0-100). */
public record CategoryCount(Category category, int count, int share) {
}
