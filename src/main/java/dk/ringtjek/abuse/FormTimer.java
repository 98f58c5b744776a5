package dk.ringtjek.abuse;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;


/**
 * A signed timestamp put into a form when it is shown. A person needs a few seconds to fill in a
 * report; a bot that posts at once, or without the token, is recognised without a captcha.
 */
@ApplicationScoped
public class FormTimer {

    private static final String ALGORITHM = "HmacSHA256";
    private static final Duration MAX_AGE = Duration.ofDays(2);

    private final SecretKeySpec secret;
    private final Clock clock;
    private final AbuseConfig config;

    public FormTimer(ClientKeyConfig keys, Clock clock, AbuseConfig config) {
        this.secret = new SecretKeySpec(("form-timer:" + keys.authorKeySecret()).getBytes(StandardCharsets.UTF_8),
                ALGORITHM);
        this.clock = clock;
        this.config = config;
    }

    /** A token for a form shown now. */
    public String issue() {
        return tokenFor(clock.instant());
    }

    /** A token for a form shown at the given moment. */
    public String tokenFor(Instant shown) {
        String seconds = Long.toString(shown.getEpochSecond());
        return seconds + "." + sign(seconds);
    }

    /** How a form came back. */
    public enum Pace { HUMAN, TOO_FAST, EXPIRED, FORGED }

    /** Whether the token is ours and the form was filled in at a human pace. */
    public Pace paceOf(String token) {
        if (token == null || token.length() > 100) {
            return Pace.FORGED;
        }
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return Pace.FORGED;
        }
        String seconds = token.substring(0, dot);
        if (!MessageDigest.isEqual(sign(seconds).getBytes(StandardCharsets.US_ASCII),
                token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
            return Pace.FORGED;
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

    private String sign(String value) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(secret);
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
