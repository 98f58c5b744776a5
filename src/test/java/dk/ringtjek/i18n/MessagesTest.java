package dk.ringtjek.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dk.ringtjek.web.FormErrors;

class MessagesTest {

    private static final String ALL_DIGIT_ERROR_ID = "59274289";

    @Test
    void shouldShowTextArgumentsAsWritten() {
        // an error id of hex digits that happen to be all decimal must not become "59.274.289"
        assertTrue(Messages.text(Language.DA, "error.id", ALL_DIGIT_ERROR_ID).contains(ALL_DIGIT_ERROR_ID));
    }

    @Test
    void shouldPickThePluralForANumberCarriedInAFormError() {
        FormErrors errors = FormErrors.none().add(FormErrors.FORM, "rate.report#1");
        FormErrors.Message message = errors.of(FormErrors.FORM).get(0);
        assertEquals(Messages.text(Language.EN, "rate.report", 1L), Messages.text(Language.EN, message.key(), message.arg()));
        assertTrue(Messages.text(Language.EN, message.key(), message.arg()).contains("try again in a minute"));
    }
}
