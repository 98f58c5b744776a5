package dk.ringtjek.stats;

import java.time.LocalDate;

/** Lookups of a number's page and reports received about it on one day. */
public record DayStat(LocalDate day, long lookups, long reports) {
}
