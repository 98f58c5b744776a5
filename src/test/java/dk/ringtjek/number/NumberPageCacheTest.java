package dk.ringtjek.number;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import dk.ringtjek.support.Csrf;
import dk.ringtjek.support.Reports;
import dk.ringtjek.support.TestClock;
import dk.ringtjek.web.RenderedPage;

@QuarkusTest
class NumberPageCacheTest {

    @Inject
    NumberPageService pages;

    @Inject
    NumberNormaliser normaliser;

    @Inject
    NumberPageCache cache;

    @Inject
    TestClock clock;

    @Inject
    PhoneNumberRepository numbers;

    @Test
    void shouldServeTheSamePageFromMemoryUntilSomethingIsWritten() {
        Number number = normaliser.normalise("21436587");
        Csrf csrf = Csrf.from("/nummer/21436587");
        given().get("/nummer/21436587").then().statusCode(200); // cached before this test puts its own pages in
        AtomicInteger renders = new AtomicInteger();
        RenderedPage first = pages.newestPage(number, PageForm.PAGE_DA, page -> render(page, renders));
        assertSame(first, pages.newestPage(number, PageForm.PAGE_DA, page -> render(page, renders)), "read twice");
        RenderedPage english = pages.newestPage(number, PageForm.PAGE_EN, page -> render(page, renders));
        assertNotSame(first, english, "each language has its own page");
        assertEquals(1, renders.get(), "the Danish page is the one the visit above cached; the English one is built once");

        Reports.post("/nummer/21436587", csrf, "10.11.0.1",
                Reports.report("NEGATIVE", "SALES", "ny anmeldelse ses med det samme")).statusCode(303);

        RenderedPage after = pages.newestPage(number, PageForm.PAGE_DA, page -> render(page, renders));
        assertEquals("1 report(s)", new String(after.plain(), StandardCharsets.UTF_8),
                "the write evicted the cached page");
        assertNotSame(english, pages.newestPage(number, PageForm.PAGE_EN, page -> render(page, renders)),
                "in both languages");
        forget(number.e164()); // this test's stand-in pages are not for the next test
    }

    @Test
    void shouldShowANewReportOnTheNextViewOfACachedPage() {
        Csrf csrf = Csrf.from("/nummer/21436599");
        String before = given().get("/nummer/21436599").then().statusCode(200)
                .body(not(containsString("kom lige til"))).extract().header("ETag");

        long versionBefore = QuarkusTransaction.requiringNew().call(() -> numbers.pageVersionOf("+4521436599"));

        Reports.post("/nummer/21436599", csrf, "10.11.0.2", Reports.report("POSITIVE", "CUSTOMER_SERVICE", "kom lige til"))
                .statusCode(303);

        assertTrue(QuarkusTransaction.requiringNew().call(() -> numbers.pageVersionOf("+4521436599")) > versionBefore,
                "other instances see the page version move");

        String after = given().get("/nummer/21436599").then().statusCode(200)
                .body(containsString("kom lige til")).extract().header("ETag");
        assertNotEquals(before, after, "the ETag changed with the page");
    }

    @Test
    void shouldKeepAnExpiredPageWhoseVersionHasNotMoved() {
        String e164 = "+4599990003"; // not stored: its version is -1
        RenderedPage old = stand("old");
        cache.get(e164, PageForm.PAGE_DA, () -> new NumberPageCache.Built(old, -1));
        clock.advance(Duration.ofSeconds(11));
        try {
            assertSame(old, cache.get(e164, PageForm.PAGE_DA, () -> fail("rebuilt although nothing changed")));
        } finally {
            clock.reset();
            forget(e164);
        }
    }

    @Test
    void shouldRebuildAnExpiredPageWhenAnotherInstanceWrote() {
        String e164 = "+4599990004";
        cache.get(e164, PageForm.PAGE_DA, () -> new NumberPageCache.Built(stand("old"), 7)); // the stored version is -1
        RenderedPage rebuilt = stand("rebuilt");
        try {
            assertNotSame(rebuilt, cache.get(e164, PageForm.PAGE_DA, () -> fail("within its time to live")));
            clock.advance(Duration.ofSeconds(11));
            assertSame(rebuilt, cache.get(e164, PageForm.PAGE_DA, () -> new NumberPageCache.Built(rebuilt, -1)));
        } finally {
            clock.reset();
            forget(e164);
        }
    }

    @Test
    void shouldLetOneRequestRebuildAPageBeyondItsMaximumAgeWhileTheOthersGetTheOldOne() throws Exception {
        String e164 = "+4599990001";
        RenderedPage old = stand("old");
        cache.get(e164, PageForm.PAGE_DA, () -> new NumberPageCache.Built(old, -1));
        clock.advance(Duration.ofMinutes(6));
        try {
            CountDownLatch building = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            RenderedPage rebuilt = stand("rebuilt");
            ExecutorService executor = Executors.newSingleThreadExecutor();
            Future<RenderedPage> rebuilder = executor.submit(() -> cache.get(e164, PageForm.PAGE_DA, () -> {
                building.countDown();
                await(release);
                return new NumberPageCache.Built(rebuilt, -1);
            }));
            assertTrue(building.await(10, TimeUnit.SECONDS));
            assertSame(old, cache.get(e164, PageForm.PAGE_DA, () -> fail("a second rebuild")),
                    "served the old page while another request rebuilds it");
            release.countDown();
            assertSame(rebuilt, rebuilder.get(10, TimeUnit.SECONDS));
            executor.shutdown();
            assertSame(rebuilt, cache.get(e164, PageForm.PAGE_DA, () -> fail("the rebuilt page is kept")));
        } finally {
            clock.reset();
            forget(e164);
        }
    }

    @Test
    void shouldNotKeepAPageThatWasBeingBuiltWhenAWriteEvictedIt() throws Exception {
        String e164 = "+4599990002";
        CountDownLatch building = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService executor = Executors.newFixedThreadPool(2);
        Future<RenderedPage> reader = executor.submit(() -> cache.get(e164, PageForm.PAGE_DA, () -> {
            building.countDown();
            await(release);
            return new NumberPageCache.Built(stand("read before the write"), -1);
        }));
        assertTrue(building.await(10, TimeUnit.SECONDS));
        Thread[] writerThread = new Thread[1];
        ExecutorService writers = Executors.newSingleThreadExecutor(task -> writerThread[0] = new Thread(task));
        Future<?> writer = writers.submit(() -> forget(e164));
        awaitBlocked(writerThread); // the eviction is under way, waiting for the page being built
        release.countDown();
        reader.get(10, TimeUnit.SECONDS);
        writer.get(10, TimeUnit.SECONDS);
        executor.shutdown();
        writers.shutdown();

        RenderedPage after = stand("after the write");
        assertSame(after, cache.get(e164, PageForm.PAGE_DA, () -> new NumberPageCache.Built(after, -1)),
                "the page from before the write is gone");
        forget(e164);
    }

    private static RenderedPage stand(String text) {
        return RenderedPage.of(text);
    }

    private void forget(String e164) {
        cache.forget(new NumberChanged(e164));
    }

    /** Waits until the thread is parked (on the page being built), however long the machine takes to get there. */
    private static void awaitBlocked(Thread[] thread) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (thread[0] == null || !(thread[0].getState() == Thread.State.WAITING
                || thread[0].getState() == Thread.State.BLOCKED || thread[0].getState() == Thread.State.TIMED_WAITING)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the writer never waited for the build");
            }
            Thread.sleep(1);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static RenderedPage render(NumberPage page, AtomicInteger renders) {
        renders.incrementAndGet();
        return RenderedPage.of(page.crowd().reportCount() + " report(s)");
    }
}
