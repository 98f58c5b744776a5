package dk.ringtjek.stats;

import java.util.regex.Pattern;

/** Tells crawlers and link previewers that say what they are from people's browsers. */
final class UserAgents {

    private static final Pattern SELF_DECLARED_BOT = Pattern.compile(
            "bot|crawl|spider|slurp|archiver|facebookexternalhit|mediapartners|preview|feedfetcher",
            Pattern.CASE_INSENSITIVE);

    private UserAgents() {
    }

    static boolean isBot(String userAgent) {
        return userAgent != null && SELF_DECLARED_BOT.matcher(userAgent).find();
    }
}
