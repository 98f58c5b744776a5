package dk.ringtjek.number;

import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * A normalised phone number: the one E.164 key it is stored under, whether it is a number of the
 * default region, and the parsed form for formatting.
 */
public record Number(String e164, boolean inDefaultRegion, boolean shortNumber, PhoneNumber parsed) {

    /** The path segment of the canonical page: national digits at home, +E.164 digits abroad. */
    public String urlKey() {
        return inDefaultRegion ? String.valueOf(parsed.getNationalNumber()) : e164;
    }

    public String canonicalPath() {
        return "/nummer/" + urlKey();
    }
}
