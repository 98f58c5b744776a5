package dk.ringtjek.abuse;

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
     * too long is not a bot's: {@link FormTimer#paceOf} says EXPIRED and the person is asked again.
     */
    public boolean isBot(String honeypot, String formToken) {
        if (honeypot != null && !honeypot.isEmpty()) {
            metrics.botDropped("honeypot");
            return true;
        }
        FormTimer.Pace pace = timer.paceOf(formToken);
        if (pace == FormTimer.Pace.TOO_FAST || pace == FormTimer.Pace.FORGED) {
            metrics.botDropped(pace == FormTimer.Pace.TOO_FAST ? "too-fast" : "no-token");
            return true;
        }
        return false;
    }

    public boolean isExpired(String formToken) {
        return timer.paceOf(formToken) == FormTimer.Pace.EXPIRED;
    }
}
