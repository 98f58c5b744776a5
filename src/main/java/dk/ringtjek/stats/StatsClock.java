package dk.ringtjek.stats;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Today's date in the statistics' time zone: the one calendar every count and chart uses. */
@ApplicationScoped
public class StatsClock {

    private final Clock clock;

    @Inject
    public StatsClock(StatsConfig config) {
        this(Clock.system(config.zone()));
    }

    StatsClock(Clock clock) {
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
