package dk.ringtjek.report;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Position in a number's report list for keyset pagination: "before this (created_at, id)". */
public record Cursor(OffsetDateTime createdAt, long id) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{1,19})-(\\d{1,19})");

    public static Cursor after(ReportView last) {
        return new Cursor(last.createdAt(), last.id());
    }

    /** The cursor in a URL, or empty for anything that is not one (the first page is shown then). */
    public static Optional<Cursor> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            long micros = Long.parseLong(m.group(1));
            Instant instant = Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
            return Optional.of(new Cursor(OffsetDateTime.ofInstant(instant, ZoneOffset.UTC), Long.parseLong(m.group(2))));
        } catch (NumberFormatException | ArithmeticException | java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    public String token() {
        return ChronoUnit.MICROS.between(Instant.EPOCH, createdAt.toInstant()) + "-" + id;
    }
}
