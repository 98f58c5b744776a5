package dk.ringtjek.web;

import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import dk.ringtjek.abuse.BotGuard;
import dk.ringtjek.abuse.FormTimer;

/**
 * The guard fields of the public forms (a report, an owner's claim): the form token a GET hands out,
 * and what a POST's honeypot and token decide before anything is saved. A bot's post is dropped
 * quietly; a form open too long or shown on another address goes back with the person's text, a new
 * token and why; any other post goes on with its own field errors.
 */
@ApplicationScoped
public class FormGate {

    /**
     * A post's outcome: dropped as a bot's, or the errors to show (none: go on) with the token the form
     * carries if it goes back.
     */
    public record Checked(boolean bot, FormErrors errors, String token) {
    }

    private final BotGuard botGuard;
    private final FormTimer timer;

    public FormGate(BotGuard botGuard, FormTimer timer) {
        this.botGuard = botGuard;
        this.timer = timer;
    }

    /** The token of a form shown now to this client for this number. */
    public String issue(String clientKey, String e164) {
        return timer.issue(clientKey, e164);
    }

    /** Checks a posted form; {@code fieldErrors} are asked only of a post that is not a bot's. */
    public Checked check(String honeypot, String formToken, String clientKey, String e164,
            Supplier<FormErrors> fieldErrors) {
        if (botGuard.isBot(honeypot, formToken, clientKey, e164)) {
            return new Checked(true, FormErrors.none(), formToken);
        }
        FormErrors errors = fieldErrors.get();
        Optional<String> resend = botGuard.resendReason(formToken, clientKey, e164);
        return resend.map(reason -> new Checked(false, FormErrors.none().add(FormErrors.FORM, reason),
                timer.issue(clientKey, e164))).orElseGet(() -> new Checked(false, errors, formToken));
    }
}
