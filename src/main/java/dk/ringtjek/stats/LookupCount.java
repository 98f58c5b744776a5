package dk.ringtjek.stats;

import java.time.LocalDate;

/** How many times a number's page was viewed on a day, waiting to be added to the database. */
public record LookupCount(String e164, LocalDate day, long lookups) {
}
