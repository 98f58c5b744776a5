package dk.ringtjek.abuse;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

/** Recognises simple bots without a captcha: a filled honeypot field, or a form sent back too fast. */
@ApplicationScoped
public class BotGuard {

    private final FormTimer timer;
    private final AbuseMetrics metrics;

    public BotGuard(FormTimer timer, AbuseMetrics metrics) {
        this.timer = timer;
        this.metrics = metrics;
    }

    /**
     * Whether to drop the post silently; counted in the metrics. A form that was simply left open
     * too long, or shown to the same person on another address, is not a bot's: see {@link #resendReason}.
     */
    public boolean isBot(String honeypot, String formToken, String clientKey, String e164) {
        if (honeypot != null && !honeypot.isEmpty()) {
            metrics.botDropped("honeypot");
            return true;
        }
        FormTimer.Pace pace = timer.paceOf(formToken, clientKey, e164);
        if (pace == FormTimer.Pace.TOO_FAST || pace == FormTimer.Pace.FORGED) {
            metrics.botDropped(pace == FormTimer.Pace.TOO_FAST ? "too-fast" : "no-token");
            return true;
        }
        return false;
    }

    /**
     * Whether the person must send the form again, with their text kept and a new token, and the
     * message key that says why: it was open too long, or it was shown to another client or for
     * another number (a phone that moved from Wi-Fi to its mobile network; or one fetched form
     * replayed by a script, which gains nothing by it).
     */
    public Optional<String> resendReason(String formToken, String clientKey, String e164) {
        return switch (timer.paceOf(formToken, clientKey, e164)) {
            case EXPIRED -> Optional.of("report.error.expired");
            case ELSEWHERE -> Optional.of("report.error.resend");
            default -> Optional.empty();
        };
    }
}
