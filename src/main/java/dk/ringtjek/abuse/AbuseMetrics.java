package dk.ringtjek.abuse;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.MeterRegistry;

/** Counters for what the site does against abuse, exported at /q/metrics. */
@ApplicationScoped
public class AbuseMetrics {

    private final MeterRegistry registry;

    public AbuseMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void reportSaved() {
        registry.counter("ringtjek.reports.saved").increment();
    }

    public void flagCounted() {
        registry.counter("ringtjek.flags.counted").increment();
    }

    /** A report taken out of public view before a moderator saw it; reason FLAGS or BURST. */
    public void reportHeld(String reason) {
        registry.counter("ringtjek.reports.held", "reason", reason).increment();
    }

    public void rateLimited(String limit) {
        registry.counter("ringtjek.rate-limit.refused", "limit", limit).increment();
    }

    /** A form post dropped as a bot's: honeypot filled or sent too fast. */
    public void botDropped(String why) {
        registry.counter("ringtjek.bots.dropped", "why", why).increment();
    }
}
