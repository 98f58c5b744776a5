package dk.ringtjek.number;

/** Why a text could not be read as a phone number; each has a message key number.problem.*. */
public enum NumberProblem {
    EMPTY,
    TOO_LONG_INPUT,
    INVALID_CHARACTERS,
    TOO_SHORT,
    TOO_LONG,
    INVALID_COUNTRY_CODE,
    NOT_A_NUMBER;

    public String messageKey() {
        return "number.problem." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
