package dk.ringtjek.verdict;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateExtension;

import dk.ringtjek.number.InvalidNumberException;
import dk.ringtjek.number.NumberNormaliser;

/** {channel.telHref}: a phone channel as a tel: link (E.164), so a caller can tap it; null for others. */
@TemplateExtension
public final class ChannelLinks {

    private ChannelLinks() {
    }

    static String telHref(ContactChannel channel) {
        if (channel.type() != ContactChannel.Type.PHONE || channel.value() == null) {
            return null;
        }
        try {
            return "tel:" + Arc.container().instance(NumberNormaliser.class).get().normalise(channel.value()).e164();
        } catch (InvalidNumberException e) {
            return null;
        }
    }
}
