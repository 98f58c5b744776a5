package dk.ringtjek.verdict;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

import dk.ringtjek.report.Category;
import dk.ringtjek.report.HelpLinks;
import dk.ringtjek.support.Csrf;
import dk.ringtjek.support.Reports;

/** Help a caller can tap: tel: links, a link for every channel that has an address, where to complain. */
@QuarkusTest
class ClickableHelpTest {

    private static final String NORLYS_PAGE = "/nummer/70114040";
    private static final String SCAM_PAGE = "/nummer/30405091";

    @Inject
    HelpLinks helpLinks;

    @Inject
    ObjectMapper json;

    @Test
    void shouldMakeEveryPhoneChannelATelLink() {
        given().get(NORLYS_PAGE).then().statusCode(200)
                .body(containsString("<a href=\"tel:+4570114040\"><strong>70 11 40 40</strong></a>"))
                .body(containsString("<a href=\"tel:+4588303030\"><strong>88 30 30 30</strong></a>"));
    }

    @Test
    void shouldLinkTheChannelsThatHaveAnAddress() {
        given().get(NORLYS_PAGE).then().statusCode(200)
                .body(containsString("<a href=\"https://www.facebook.com/norlys\" rel=\"nofollow noopener\">Facebook</a>"))
                .body(containsString("<a href=\"https://norlys.dk/mit-norlys\" rel=\"nofollow noopener\">Mit Norlys / Mit Stofa</a>"));
    }

    @Test
    void shouldGiveEverySeededChannelThatIsNoPhoneAnAddressAndNoSourceAHomePage() throws Exception {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("seed/curated-entries.json")) {
            List<SeedEntry> seed = json.readValue(in, new TypeReference<List<SeedEntry>>() {
            });
            for (SeedEntry entry : seed) {
                for (List<ContactChannel> channels : List.of(entry.contactChannels(), entry.contactChannelsEn())) {
                    for (ContactChannel channel : channels) {
                        assertTrue(channel.type() == ContactChannel.Type.PHONE || channel.href() != null,
                                entry.number() + ": no address for " + channel);
                    }
                }
                for (Source source : entry.sources()) {
                    assertTrue(source.url().matches("https://[^/]+/.+"), entry.number() + ": a home page as source: " + source);
                }
            }
        }
    }

    @Test
    void shouldLinkEachDanishLawCategoryToWhereToComplainOrRegister() {
        for (Category category : List.of(Category.UNLAWFUL_SALES, Category.ROBINSON_IGNORED, Category.SCAM_PHISHING,
                Category.WANGIRI, Category.SPOOFED)) {
            assertFalse(helpLinks.of(category).isEmpty(), "no help link for " + category);
            helpLinks.of(category).forEach(link -> assertNotNull(link.englishTitle()));
        }
        given().get(NORLYS_PAGE + "/anmeld").then().statusCode(200) // the report form's category help
                .body(containsString("href=\"https://forbrug.dk/emner/reklamer-og-spam/telefonsaelgere-og-doersalg/\""))
                .body(containsString(">Tilmeld dig Robinsonlisten på borger.dk</a>"))
                .body(containsString(">Politiets råd om telefonsvindel</a>"));
        given().get("/en/number/70114040/report").then().statusCode(200)
                .body(containsString(">The police&#39;s advice on phone fraud</a>"));
    }

    @Test
    void shouldLinkWhereToComplainNextToTheCategoryCountsOfANumber() {
        Reports.post(SCAM_PAGE, Csrf.from(SCAM_PAGE), "10.8.2.1", Reports.report("NEGATIVE", "SCAM_PHISHING", "svindel"))
                .statusCode(303);
        given().get(SCAM_PAGE).then().statusCode(200)
                .body(containsString("<small><a href=\"https://politi.dk/bedrageri/telefonsvindel\" rel=\"noopener\">Politiets råd om telefonsvindel</a></small>"));
    }
}
