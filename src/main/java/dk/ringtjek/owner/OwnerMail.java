package dk.ringtjek.owner;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;

import dk.ringtjek.config.RingtjekConfig;
import dk.ringtjek.i18n.Language;
import dk.ringtjek.i18n.Messages;

/**
 * The e-mails owners get: the link that confirms a claim's address, the answer to a claim, and the link
 * that sets an owner's password. Sent through Quarkus Mailer (SMTP configured by QUARKUS_MAILER_*);
 * the links carry one-time tokens, so nothing here is ever logged.
 */
@ApplicationScoped
public class OwnerMail {

    private final Mailer mailer;
    private final RingtjekConfig site;
    private final OwnerConfig config;

    public OwnerMail(Mailer mailer, RingtjekConfig site, OwnerConfig config) {
        this.mailer = mailer;
        this.site = site;
        this.config = config;
    }

    /** The link that confirms the address of a claim. */
    public void confirmClaim(String to, Language language, String numberDisplay, String path) {
        send(to, language, "owner.mail.confirm.subject", "owner.mail.confirm.body", numberDisplay, link(path));
    }

    /** The claim was approved: the username, and the link that sets the password. */
    public void approved(String to, Language language, String numberDisplay, String username, String path) {
        send(to, language, "owner.mail.approved.subject", "owner.mail.approved.body", numberDisplay, username,
                link(path));
    }

    /** The claim was approved for someone who owns numbers already: the number joined their account. */
    public void addedToAccount(String to, Language language, String numberDisplay, String username) {
        send(to, language, "owner.mail.approved.subject", "owner.mail.added.body", numberDisplay, username);
    }

    /** The claim was refused, with the editor's reason. */
    public void rejected(String to, Language language, String numberDisplay, String reason) {
        send(to, language, "owner.mail.rejected.subject", "owner.mail.rejected.body", numberDisplay, reason);
    }

    private void send(String to, Language language, String subjectKey, String bodyKey, Object... args) {
        mailer.send(Mail.withText(to, Messages.text(language, subjectKey, args[0]),
                Messages.text(language, bodyKey, args)).setFrom(config.mailFrom()));
    }

    private String link(String path) {
        String base = site.baseUrl();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }
}
