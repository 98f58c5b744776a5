package dk.ringtjek.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import io.quarkus.test.junit.QuarkusTest;

import dk.ringtjek.support.TestDatabase;

/** The test profile pages the sitemap by 5 URLs (ringtjek.web.sitemap-page-size), so paging shows. */
@QuarkusTest
class SitemapTest {

    private static final String BASE = "http://localhost:8080";
    private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final int PAGE_SIZE = 5;
    private static final int REPORTED_NUMBERS = 13;
    private static final String NOT_REPORTED = "+4520349999";

    @Inject
    TestDatabase db;

    @Inject
    SitemapService sitemap;

    @BeforeEach
    void storeNumbersWithPublicReports() {
        for (int i = 0; i < REPORTED_NUMBERS; i++) {
            long id = db.numberId(reported(i));
            db.execute("update phone_number set report_count = 1, last_reported_at = now() where id = ?", id);
        }
        // a row whose reports were all hidden: nothing public to show a search engine
        db.numberId(NOT_REPORTED);
        sitemap.forget();
    }

    @Test
    void shouldListEveryNumberWithOfficialInformationOrPublicReportsOncePagedByThePageSize() throws Exception {
        Document index = parse(given().when().get("/sitemap.xml")
                .then().statusCode(200).contentType(startsWith("application/xml"))
                .extract().asByteArray());
        assertEquals("sitemapindex", index.getDocumentElement().getLocalName());
        assertEquals(NAMESPACE, index.getDocumentElement().getNamespaceURI());
        List<String> pages = texts(index, "loc");

        List<String> urls = new ArrayList<>();
        for (int page = 1; page <= pages.size(); page++) {
            assertEquals(BASE + "/sitemap-numbers-" + page + ".xml", pages.get(page - 1));
            Document urlSet = parse(given().when().get("/sitemap-numbers-{page}.xml", page)
                    .then().statusCode(200).contentType(startsWith("application/xml"))
                    .extract().asByteArray());
            assertEquals("urlset", urlSet.getDocumentElement().getLocalName());
            List<String> locs = texts(urlSet, "loc");
            assertTrue(locs.size() <= 2 * PAGE_SIZE, "page " + page + " has " + locs.size() + " URLs");
            assertFalse(locs.isEmpty(), "page " + page + " is empty");
            urls.addAll(locs);
        }

        assertEquals(urls.size(), new HashSet<>(urls).size(), "no URL is listed twice");
        int numbers = urls.size() / 2; // each number in Danish and English
        assertEquals((numbers + PAGE_SIZE - 1) / PAGE_SIZE, pages.size(), "full pages but the last");
        assertTrue(pages.size() >= 3, "the test has more numbers than two pages hold");
        Set<String> listed = new HashSet<>(urls);
        for (int i = 0; i < REPORTED_NUMBERS; i++) {
            assertTrue(listed.contains(BASE + "/nummer/" + reported(i).substring(3)), reported(i));
        }
        assertTrue(listed.contains(BASE + "/nummer/70114040"), "curated entries are listed");
        assertTrue(listed.contains(BASE + "/en/number/70114040"), "in English too");
        assertTrue(listed.contains(BASE + "/nummer/88303030"), "curated entries are listed");
        assertFalse(listed.contains(BASE + "/nummer/20349999"), "a number without public reports is not");
    }

    @Test
    void shouldAnswer404ForAPagePastTheLast() {
        int pages = sitemap.pageCount();
        given().when().get("/sitemap-numbers-{page}.xml", pages + 1).then().statusCode(404);
        given().when().get("/sitemap-numbers-0.xml").then().statusCode(404);
    }

    @Test
    void shouldPointRobotsToTheSitemapAndKeepStaffAndFormPagesOut() {
        given().when().get("/robots.txt")
                .then().statusCode(200).contentType(startsWith("text/plain"))
                .body(containsString("User-agent: *"))
                .body(containsString("Disallow: /moderation\n"))
                .body(containsString("Disallow: /admin\n"))
                .body(containsString("Disallow: /redaktion\n"))
                .body(containsString("Disallow: /login\n"))
                .body(containsString("Disallow: /search\n"))
                .body(containsString("Sitemap: " + BASE + "/sitemap.xml"));
    }

    private static String reported(int i) {
        return "+45203400" + String.format("%02d", i);
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static List<String> texts(Document document, String name) {
        NodeList nodes = document.getElementsByTagNameNS(NAMESPACE, name);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(((Element) nodes.item(i)).getTextContent());
        }
        return texts;
    }
}
