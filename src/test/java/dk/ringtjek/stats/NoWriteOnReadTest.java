package dk.ringtjek.stats;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import dk.ringtjek.support.TestDatabase;

/**
 * Rendering pages must not write to the database. PostgreSQL hands out a transaction id to every
 * transaction that inserts, updates, deletes or locks a row, and to no other; so if the next id to be
 * handed out is the same before and after the renders, nothing wrote in between, whichever way the
 * SQL was sent (Hibernate, JDBC or a job). The test profile runs no background writer (the lookup
 * flush is off and called by tests only), which makes the check exact.
 */
@QuarkusTest
class NoWriteOnReadTest {

    private static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0";
    private static final String UNKNOWN = "+4520320001";

    @Inject
    TestDatabase db;

    @Inject
    LookupFlusher flusher;

    @Inject
    LookupCounter counter;

    @Test
    void shouldRenderNumberPagesAndTheHomePageWithoutWritingToTheDatabase() {
        flusher.flush();
        long before = db.nextTransactionId();

        given().header("User-Agent", BROWSER).when().get("/nummer/70114040").then().statusCode(200);
        given().header("User-Agent", BROWSER).when().get("/nummer/20320001").then().statusCode(200);
        given().header("User-Agent", BROWSER).when().get("/nummer/+447400123456").then().statusCode(200);
        given().header("User-Agent", BROWSER).when().get("/").then().statusCode(200);
        given().header("User-Agent", BROWSER).when().get("/sitemap.xml").then().statusCode(200);
        given().header("User-Agent", BROWSER).when().get("/nummer/20320001/vist.gif").then().statusCode(200);

        assertEquals(before, db.nextTransactionId(), "a transaction wrote while pages were rendered");
        assertEquals(1, counter.pending(UNKNOWN), "the view was counted, in memory");

        // the check sees writes: the flush is one
        flusher.flush();
        assertTrue(db.nextTransactionId() > before, "the flush wrote the counts");
    }
}
