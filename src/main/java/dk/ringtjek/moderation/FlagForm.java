package dk.ringtjek.moderation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jboss.resteasy.reactive.RestForm;

import dk.ringtjek.web.PlainText;

/** "Report this post": why, and an optional note. */
public class FlagForm {

    public static final int NOTE_MAX = 500;
    static final String REASONS = "ABUSIVE|PERSONAL_DATA|SPAM|DEFAMATORY|OTHER";

    @RestForm
    @NotBlank(message = "flag.error.reason")
    @Pattern(regexp = REASONS, message = "flag.error.reason")
    public String reason;

    @RestForm
    @Size(max = NOTE_MAX, message = "flag.error.note")
    @PlainText
    public String note;
}
