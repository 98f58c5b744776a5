package dk.ringtjek.stats;

import jakarta.enterprise.context.RequestScoped;

/**
 * The number whose canonical page this request shows, as the number page resource parsed it, so that
 * {@link LookupCountingFilter} counts the lookup without parsing the path a second time.
 */
@RequestScoped
public class ShownNumber {

    private String e164;

    public void set(String e164) {
        this.e164 = e164;
    }

    /** The number's E.164 form, or null when the request showed no number page. */
    String e164() {
        return e164;
    }
}
