package dk.ringtjek.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;

/** Reads what the application sent to the embedded SMTP server (GreenMailResource). */
public final class Mails {

    /** Generous: the mail is sent before the request answers; this only guards a slow machine. */
    private static final Duration WAIT = Duration.ofSeconds(30);

    private Mails() {
    }

    /** The messages sent to an address so far. */
    public static List<MimeMessage> to(GreenMail mail, String address) {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> sentTo(m, address)).toList();
    }

    /** The body of the newest message to an address, waiting (bounded) for it to arrive. */
    public static String newestBodyTo(GreenMail mail, String address, int expectedCount) {
        Instant until = Instant.now().plus(WAIT);
        List<MimeMessage> messages = to(mail, address);
        while (messages.size() < expectedCount && Instant.now().isBefore(until)) {
            mail.waitForIncomingEmail(500, mail.getReceivedMessages().length + 1);
            messages = to(mail, address);
        }
        assertTrue(messages.size() >= expectedCount, "mail no. " + expectedCount + " to " + address + " arrived");
        return text(messages.get(messages.size() - 1));
    }

    /** The path of the first link in a body that matches {@code pathPattern} (a regular expression). */
    public static String linkPath(String body, String pathPattern) {
        Matcher m = Pattern.compile("https?://[^/\\s]+(" + pathPattern + ")").matcher(body);
        assertTrue(m.find(), "a link matching " + pathPattern + " in: " + body);
        return m.group(1);
    }

    /** A plain-text message's text, decoded. */
    public static String text(MimeMessage message) {
        try {
            return String.valueOf(message.getContent());
        } catch (jakarta.mail.MessagingException | java.io.IOException e) {
            throw new AssertionError("unreadable mail", e);
        }
    }

    private static boolean sentTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (jakarta.mail.MessagingException e) {
            return false;
        }
    }
}
