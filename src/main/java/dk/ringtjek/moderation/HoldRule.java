package dk.ringtjek.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dk.ringtjek.abuse.AbuseConfig;

/**
 * When visitors' flags take a report off a number's page until a moderator decides: the one place
 * to read it.
 *
 * <ul>
 * <li>Each visitor (client key) can flag a report once; a moderator who dismisses the flags or
 * restores the report starts the count again.</li>
 * <li>A report is held once it has {@code ringtjek.abuse.flags-to-hold} flags (default 3).</li>
 * <li>A report that at least {@code ringtjek.abuse.hold.helpful-votes} distinct visitors found helpful
 * (default 10; one vote per visitor) needs {@code ringtjek.abuse.hold.flags-when-helpful} flags
 * instead (default 6, never fewer than the first number): many people vouched for it, so the flags
 * of a few, perhaps the caller's own friends, are not enough to silence a warning.</li>
 * <li>A held report is out of the score and the rating and category counts, but not out of sight:
 * the page says how many reports wait for a moderator (phone_number.held_count), and the moderator
 * queue shows it first.</li>
 * </ul>
 * The rule runs when a flag is counted; later helpful votes do not release a held report (a held
 * report takes no votes), only a moderator does.
 */
@ApplicationScoped
public class HoldRule {

    private final int flagsToHold;
    private final int helpfulVotes;
    private final int flagsWhenHelpful;

    @Inject
    public HoldRule(AbuseConfig config) {
        this(config.flagsToHold(), config.hold().helpfulVotes(), config.hold().flagsWhenHelpful());
    }

    HoldRule(int flagsToHold, int helpfulVotes, int flagsWhenHelpful) {
        this.flagsToHold = flagsToHold;
        this.helpfulVotes = helpfulVotes;
        this.flagsWhenHelpful = Math.max(flagsToHold, flagsWhenHelpful);
    }

    /** How many distinct flags hold a report with this many helpful votes. */
    public int flagsNeeded(int helpful) {
        return helpful >= helpfulVotes ? flagsWhenHelpful : flagsToHold;
    }

    /** Whether a visible report with these distinct flags and helpful votes is to be held. */
    public boolean holds(int flags, int helpful) {
        return flags >= flagsNeeded(helpful);
    }
}
