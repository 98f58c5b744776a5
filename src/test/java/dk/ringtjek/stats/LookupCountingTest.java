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
    private static final String RELOADED = "+4520300009";
    private static final String THREE_CLIENTS = "+4520300010";
    private static final String ONE_CLIENT = "192.0.2.77";
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
    void shouldCountEveryVisitorOfANumberPageOnceFlushed() {
        flusher.flush();
        for (int i = 0; i < 5; i++) {
            view(FIVE_VIEWS, "198.51.100." + (10 + i)).then().statusCode(200);
        }
        assertEquals(5, counter.pending(FIVE_VIEWS));
        assertEquals(0, total(FIVE_VIEWS), "nothing is written before the flush");

        flusher.flush();

        assertEquals(0, counter.pending(FIVE_VIEWS));
        assertEquals(5, total(FIVE_VIEWS));
        assertEquals(5, daily(FIVE_VIEWS));
    }

    @Test
    void shouldCountThreeHundredReloadsFromOneClientAsOneLookup() {
        flusher.flush();
        for (int i = 0; i < 300; i++) {
            view(RELOADED, ONE_CLIENT).then().statusCode(200);
        }
        flusher.flush();

        assertEquals(1, total(RELOADED));
        assertEquals(1, daily(RELOADED));
    }

    @Test
    void shouldCountViewsFromThreeClientsAsThreeLookups() {
        flusher.flush();
        for (String client : new String[] {"203.0.113.1", "203.0.113.2", "2001:db8:1:2:0:0:0:1"}) {
            view(THREE_CLIENTS, client).then().statusCode(200);
            view(THREE_CLIENTS, client).then().statusCode(200);
        }
        flusher.flush();

        assertEquals(3, total(THREE_CLIENTS));
    }

    @Test
    void shouldCountVisitorsRacingFromManyThreadsExactly() throws Exception {
        int threads = 8;
        int viewsPerThread = 50;
        HttpClient http = HttpClient.newHttpClient();
        URI page = base.toURI().resolve(beaconOf(RACED).substring(1));
        ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> viewers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                viewers.add(pool.submit(() -> {
                    start.await();
                    int ok = 0;
                    for (int i = 0; i < viewsPerThread; i++) {
                        // each thread's clients view twice (the second is no new visitor), and one client views in all
                        String client = i % 25 == 0 ? ONE_CLIENT : "198.18." + thread + "." + (i % 25);
                        HttpRequest view = HttpRequest.newBuilder(page).header("User-Agent", BROWSER)
                                .header("X-Forwarded-For", client).GET().build();
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

        // 8 threads * 24 clients of their own, and the one they share
        assertEquals(8 * 24 + 1, total(RACED));
        assertEquals(8 * 24 + 1, daily(RACED));
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

        view(REVALIDATED, "198.51.100.60").then().statusCode(200).contentType("image/gif");
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
        LookupCounter instanceA = new LookupCounter(clock, 100_000);
        LookupCounter instanceB = new LookupCounter(clock, 100_000);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < rounds; round++) {
                for (int i = 0; i < viewsPerRound; i++) {
                    String visitor = "visitor-" + round + "-" + i;
                    instanceA.count(TWO_INSTANCES, visitor);
                    instanceB.count(TWO_INSTANCES, visitor);
                    instanceB.count(TWO_INSTANCES_OTHER, visitor);
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

    private static io.restassured.response.Response view(String e164, String client) {
        return given().header("User-Agent", BROWSER).header("X-Forwarded-For", client).when().get(beaconOf(e164));
    }

    private long total(String e164) {
        return db.queryLong("select lookups from number_lookup_total where e164 = ?", e164);
    }

    /** The number's lookups summed over its daily rows (a test running over midnight has two). */
    private long daily(String e164) {
        return db.queryLong("select sum(lookups) from number_daily_stats where e164 = ?", e164);
    }

    /** The one-pixel image a shown page asks for: what counts a lookup. */
    private static String beaconOf(String e164) {
        return pathOf(e164) + "/vist.gif";
    }

    private static String pathOf(String e164) {
        return "/nummer/" + e164.substring(3);
    }
}
