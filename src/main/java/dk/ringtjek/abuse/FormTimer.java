package dk.ringtjek.abuse;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;


/**
 * A signed timestamp put into a form when it is shown. A person needs a few seconds to fill in a
 * report; a bot that posts at once, or without the token, is recognised without a captcha.
 * <p>
 * The signature also covers the client key of the visitor it was shown to and the number it is about,
 * so one fetched form cannot be replayed from many addresses or for many numbers: every post costs
 * its sender a fetch of the form, from the address the post comes from.
 */
@ApplicationScoped
public class FormTimer {

    private static final String ALGORITHM = "HmacSHA256";
    private static final Duration MAX_AGE = Duration.ofDays(2);
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    private final SecretKeySpec secret;
    private final Clock clock;
    private final AbuseConfig config;

    public FormTimer(ClientKeyConfig keys, Clock clock, AbuseConfig config) {
        this.secret = new SecretKeySpec(("form-timer:" + keys.authorKeySecret()).getBytes(StandardCharsets.UTF_8),
                ALGORITHM);
        this.clock = clock;
        this.config = config;
    }

    /** A token for a form about a number (E.164), shown now to the client with this key. */
    public String issue(String clientKey, String e164) {
        return tokenFor(clock.instant(), clientKey, e164);
    }

    /** A token for a form shown at the given moment. */
    public String tokenFor(Instant shown, String clientKey, String e164) {
        String seconds = Long.toString(shown.getEpochSecond());
        return seconds + "." + sign(seconds, clientKey, e164);
    }

    /**
     * How a form came back: at a person's pace, too fast, left open too long, without a token of ours
     * at all, or with one shown to another client or for another number.
     */
    public enum Pace { HUMAN, TOO_FAST, EXPIRED, FORGED, ELSEWHERE }

    /** Whether the token is ours, for this client and number, and the form was filled in at a human pace. */
    public Pace paceOf(String token, String clientKey, String e164) {
        if (token == null || token.length() > 100) {
            return Pace.FORGED;
        }
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return Pace.FORGED;
        }
        String seconds = token.substring(0, dot);
        String signature = token.substring(dot + 1);
        if (!seconds.chars().allMatch(Character::isDigit) || !HEX.matcher(signature).matches()) {
            return Pace.FORGED;
        }
        if (!MessageDigest.isEqual(sign(seconds, clientKey, e164).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII))) {
            return Pace.ELSEWHERE;
        }
        try {
            Duration elapsed = Duration.between(Instant.ofEpochSecond(Long.parseLong(seconds)), clock.instant());
            if (elapsed.compareTo(config.minFormTime()) < 0) {
                return Pace.TOO_FAST;
            }
            return elapsed.compareTo(MAX_AGE) <= 0 ? Pace.HUMAN : Pace.EXPIRED;
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return Pace.FORGED;
        }
    }

    private String sign(String seconds, String clientKey, String e164) {
        String value = seconds + "|" + clientKey + "|" + e164;
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(secret);
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
