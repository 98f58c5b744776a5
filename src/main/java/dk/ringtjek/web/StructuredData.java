package dk.ringtjek.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.qute.RawString;

import dk.ringtjek.number.InvalidNumberException;
import dk.ringtjek.number.NumberNormaliser;
import dk.ringtjek.number.NumberPage;
import dk.ringtjek.verdict.ContactChannel;
import dk.ringtjek.verdict.CuratedEntry;
import dk.ringtjek.verdict.Verdict;

/**
 * schema.org JSON-LD for search engines: the owner of a number with official information, as an
 * Organization with its official phone lines as ContactPoints. Used from templates/tags/numberMeta.html
 * as {inject:structuredData.scriptElement(page)}.
 */
@ApplicationScoped
@Named("structuredData")
public class StructuredData {

    // a scam warning's "owner" is no organisation to present to search engines, nor is an unknown one
    private static final Set<Verdict> ORGANISATIONS = EnumSet.of(Verdict.LEGITIMATE, Verdict.SALES,
            Verdict.DEBT_COLLECTION);
    private static final String DEFAULT_CONTACT_TYPE = "customer service";

    private final ObjectMapper json;
    private final NumberNormaliser normaliser;

    public StructuredData(ObjectMapper json, NumberNormaliser normaliser) {
        this.json = json;
        this.normaliser = normaliser;
    }

    /**
     * The whole JSON-LD script element, or nothing. Marked as raw markup here, where the escaping
     * happens (Jackson with <, > and & escaped, so nothing can close the script), not in a template.
     * Built when a page is rendered, which NumberPageCache does once per version of the page.
     */
    public RawString scriptElement(NumberPage page) {
        String json = forNumber(page);
        return new RawString(json.isEmpty() ? "" : "<script type=\"application/ld+json\">" + json + "</script>");
    }

    /**
     * The JSON-LD of the number's owner, or "" when there is none. Safe inside a script element:
     * {@code <}, {@code >} and {@code &} are written as JSON escapes, so no text can end the element.
     */

    public String forNumber(NumberPage page) {
        if (!page.hasCurated() || !ORGANISATIONS.contains(page.entry().verdict)) {
            return "";
        }
        CuratedEntry entry = page.entry();
        Map<String, Object> organisation = new LinkedHashMap<>();
        organisation.put("@context", "https://schema.org");
        organisation.put("@type", "Organization");
        organisation.put("name", entry.ownerName);
        organisation.put("description", entry.summary);
        organisation.put("telephone", page.facts().e164());
        entry.contactChannels.stream()
                .filter(channel -> channel.type() == ContactChannel.Type.WEBSITE && channel.isLink())
                .findFirst()
                .ifPresent(website -> organisation.put("url", website.value()));
        List<Map<String, Object>> contactPoints = new ArrayList<>();
        for (ContactChannel channel : entry.contactChannels) {
            if (channel.type() == ContactChannel.Type.PHONE) {
                Map<String, Object> point = new LinkedHashMap<>();
                point.put("@type", "ContactPoint");
                point.put("telephone", telephone(channel.value()));
                point.put("contactType", channel.note() == null || channel.note().isBlank()
                        ? DEFAULT_CONTACT_TYPE : channel.note());
                contactPoints.add(point);
            }
        }
        if (!contactPoints.isEmpty()) {
            organisation.put("contactPoint", contactPoints);
        }
        try {
            return json.writeValueAsString(organisation)
                    .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An editor's spelling of a phone line in E.164, as schema.org asks; left as written if it is none. */
    private String telephone(String value) {
        try {
            return normaliser.normalise(value).e164();
        } catch (InvalidNumberException e) {
            return value;
        }
    }
}
