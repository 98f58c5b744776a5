package dk.ringtjek.web;

import jakarta.enterprise.context.ApplicationScoped;

import dk.ringtjek.abuse.AbuseConfig;

/**
 * What the about, privacy and contact pages say about the site's own rules, read from the settings
 * that enforce them (so that "author keys are removed after 30 days" is true for this installation).
 */
@ApplicationScoped
public class SiteFacts {

    private final AbuseConfig abuse;
    private final WebConfig web;

    public SiteFacts(AbuseConfig abuse, WebConfig web) {
        this.abuse = abuse;
        this.web = web;
    }

    /** Days after which author keys are removed from reports and helpful votes are deleted. */
    public long authorKeyRetentionDays() {
        return abuse.authorKeyRetention().toDays();
    }

    /** Distinct visitors' flags that take a post off the page until a moderator decides. */
    public int flagsToHold() {
        return abuse.flagsToHold();
    }

    public String contactEmail() {
        return web.contactEmail();
    }
}
