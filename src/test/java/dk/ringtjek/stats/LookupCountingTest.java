package dk.ringtjek.stats;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import dk.ringtjek.number.PhoneNumber;
import dk.ringtjek.support.TestDatabase;

@QuarkusTest
class LookupCountingTest {

    private static final String FIVE_VIEWS = "+4520300001";
    private static final String RACED = "+4520300002";
    private static final String NOT_COUNTED = "+4520300003";
    private static final String TWO_INSTANCES = "+4520300004";
    private static final String REVALIDATED = "+4520300005";
    private static final String REPORTED = "+4520300006";
    private static final String TWO_INSTANCES_OTHER = "+4520300007";
    private static final String UNKNOWN = "+4520300008";
    private static final String BROWSER = "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/126 Mobile Safari/537.36";

    @Inject
    LookupFlusher flusher;

    @Inject
    LookupCounter counter;

    @Inject
    DailyStats dailyStats;

    @Inject
    StatsClock clock;

    @Inject
    TestDatabase db;

    @TestHTTPResource("/")
    URL base;

    @Test
    void shouldCountEveryViewOfANumberPageOnceFlushed() {
        flusher.flush();
        for (int i = 0; i < 5; i++) {
            given().header("User-Agent", BROWSER).when().get(beaconOf(FIVE_VIEWS)).then().statusCode(200)
                    .header("Cache-Control", "private, no-store");
        }
        assertEquals(5, counter.pending(FIVE_VIEWS));
        assertEquals(0, total(FIVE_VIEWS), "nothing is written before the flush");

        flusher.flush();

        assertEquals(0, counter.pending(FIVE_VIEWS));
        assertEquals(5, total(FIVE_VIEWS));
        assertEquals(5, daily(FIVE_VIEWS));
    }

    @Test
    void shouldCountViewsRacingFromManyThreadsExactly() throws Exception {
        int threads = 8;
        int viewsPerThread = 50;
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest view = HttpRequest.newBuilder(base.toURI().resolve(beaconOf(RACED).substring(1)))
                .header("User-Agent", BROWSER).GET().build();
        ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> viewers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                viewers.add(pool.submit(() -> {
                    start.await();
                    int ok = 0;
                    for (int i = 0; i < viewsPerThread; i++) {
                        if (http.send(view, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                            ok++;
                        }
                    }
                    return ok;
                }));
            }
            // flushes race with the views too: no view may fall between a snapshot and its write
            Future<?> flushing = pool.submit((Callable<Void>) () -> {
                start.await();
                while (viewers.stream().anyMatch(viewer -> !viewer.isDone())) {
                    flusher.flush();
                    Thread.sleep(10);
                }
                return null;
            });
            start.countDown();
            int served = 0;
            for (Future<Integer> viewer : viewers) {
                served += viewer.get(2, TimeUnit.MINUTES);
            }
            flushing.get(2, TimeUnit.MINUTES);
            assertEquals(threads * viewsPerThread, served);
        } finally {
            pool.shutdownNow();
        }

        flusher.flush();

        assertEquals(400, total(RACED));
        assertEquals(400, daily(RACED));
    }

    @Test
    void shouldNotCountBotsRedirectsOrOtherMethods() {
        flusher.flush();
        given().header("User-Agent", "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)")
                .when().get(beaconOf(NOT_COUNTED)).then().statusCode(200);
        given().header("User-Agent", "Mozilla/5.0 (compatible; bingbot/2.0)")
                .when().get(beaconOf(NOT_COUNTED)).then().statusCode(200);
        given().redirects().follow(false).header("User-Agent", BROWSER)
                .when().get("/nummer/{n}", NOT_COUNTED).then().statusCode(301);
        given().redirects().follow(false).header("User-Agent", BROWSER)
                .queryParam("q", NOT_COUNTED).when().get("/search").then().statusCode(303);
        given().header("User-Agent", BROWSER).when().head(pathOf(NOT_COUNTED)).then().statusCode(200);

        assertEquals(0, counter.pending(NOT_COUNTED));
        flusher.flush();
        assertEquals(0, total(NOT_COUNTED));
    }

    @Test
    void shouldCountAViewOnceWhetherTheAppOrACacheAnsweredThePage() {
        flusher.flush();
        // the page itself never counts: a shared cache answers most views and never asks us
        var first = given().header("User-Agent", BROWSER).when().get(pathOf(REVALIDATED));
        given().header("User-Agent", BROWSER).header("If-None-Match", first.header("ETag"))
                .when().get(pathOf(REVALIDATED)).then().statusCode(304);
        assertEquals(0, counter.pending(REVALIDATED));
        assertTrue(first.asString().contains("<img class=\"beacon\" src=\"" + pathOf(REVALIDATED) + "/vist.gif\""),
                "the page asks for its beacon, however it was served");

        given().header("User-Agent", BROWSER).when().get(beaconOf(REVALIDATED)).then().statusCode(200)
                .contentType("image/gif");
        assertEquals(1, counter.pending(REVALIDATED));
    }

    @Test
    void shouldNeverCreateANumberRowForALookup() {
        given().header("User-Agent", BROWSER).when().get(beaconOf(UNKNOWN)).then().statusCode(200);
        flusher.flush();

        assertEquals(1, total(UNKNOWN));
        assertTrue(QuarkusTransaction.requiringNew().call(() -> PhoneNumber.findByE164(UNKNOWN).isEmpty()));
    }

    @Test
    void shouldAddUpCountsFromTwoInstancesFlushingAtTheSameTime() throws Exception {
        int rounds = 20;
        int viewsPerRound = 50;
        LookupCounter instanceA = new LookupCounter(clock);
        LookupCounter instanceB = new LookupCounter(clock);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < rounds; round++) {
                for (int i = 0; i < viewsPerRound; i++) {
                    instanceA.count(TWO_INSTANCES);
                    instanceB.count(TWO_INSTANCES);
                    instanceB.count(TWO_INSTANCES_OTHER);
                }
                CountDownLatch start = new CountDownLatch(1);
                Future<?> a = pool.submit(() -> flushAfter(start, instanceA));
                Future<?> b = pool.submit(() -> flushAfter(start, instanceB));
                start.countDown();
                a.get(1, TimeUnit.MINUTES);
                b.get(1, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }

        assertEquals(2L * rounds * viewsPerRound, total(TWO_INSTANCES));
        assertEquals(2L * rounds * viewsPerRound, daily(TWO_INSTANCES));
        assertEquals((long) rounds * viewsPerRound, total(TWO_INSTANCES_OTHER));
    }

    @Test
    void shouldCountReportsPerDayWhenTheReportFeatureCallsIt() {
        QuarkusTransaction.requiringNew().run(() -> dailyStats.reportAdded(REPORTED));
        QuarkusTransaction.requiringNew().run(() -> dailyStats.reportAdded(REPORTED));
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                dailyStats.reportAdded(REPORTED);
                throw new IllegalStateException("the report could not be saved");
            });
        } catch (IllegalStateException expected) {
            // the report's transaction rolled back, and its count with it
        }

        assertEquals(2, db.queryLong("select sum(reports) from number_daily_stats where e164 = ?", REPORTED));
        given().when().get(pathOf(REPORTED)).then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("2 anmeldelser</title>"));
    }

    private void flushAfter(CountDownLatch start, LookupCounter instance) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        dailyStats.addLookups(instance.drain());
    }

    private long total(String e164) {
        return db.queryLong("select lookups from number_lookup_total where e164 = ?", e164);
    }

    /** The number's lookups summed over its daily rows (a test running over midnight has two). */
    private long daily(String e164) {
        return db.queryLong("select sum(lookups) from number_daily_stats where e164 = ?", e164);
    }

    private static String pathOf(String e164) {
        return "/nummer/" + e164.substring(3);
    }

    /** The one-pixel image a shown page asks for: what counts a lookup. */
    private static String beaconOf(String e164) {
        return pathOf(e164) + "/vist.gif";
    }
}
