package dk.ringtjek.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

class LookupCounterTest {

    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    private static final StatsClock CLOCK =
            new StatsClock(Clock.fixed(Instant.parse("2026-05-12T10:00:00Z"), COPENHAGEN));
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 12);
    private static final String NORLYS = "+4570114040";
    private static final String OTHER = "+4520123456";
    private static final long VISITORS_REMEMBERED = 1_000_000;
    private static final String VISITOR = "client-key-of-one-visitor";

    @Test
    void shouldDrainWhatWasCountedPerNumberAndDaySortedForLocking() {
        LookupCounter counter = new LookupCounter(CLOCK, VISITORS_REMEMBERED);
        counter.count(OTHER, "visitor-a");
        counter.count(NORLYS, "visitor-a");
        counter.count(OTHER, "visitor-b");

        assertEquals(List.of(new LookupCount(OTHER, TODAY, 2), new LookupCount(NORLYS, TODAY, 1)), counter.drain());
        assertEquals(List.of(), counter.drain());
        assertEquals(0, counter.pending(OTHER));
    }

    @Test
    void shouldKeepCountsPutBackAfterAFailedFlush() {
        LookupCounter counter = new LookupCounter(CLOCK, VISITORS_REMEMBERED);
        counter.count(NORLYS, "visitor-a");
        List<LookupCount> drained = counter.drain();
        counter.count(NORLYS, "visitor-b");
        counter.restore(drained);

        assertEquals(2, counter.pending(NORLYS));
    }

    @Test
    void shouldLoseNoCountTakenWhileDraining() throws Exception {
        LookupCounter counter = new LookupCounter(CLOCK, VISITORS_REMEMBERED);
        int threads = 4;
        int perThread = 20_000;
        ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
        CountDownLatch start = new CountDownLatch(1);
        AtomicBoolean counting = new AtomicBoolean(true);
        try {
            List<Future<?>> counters = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String thread = "thread-" + t + "-visitor-";
                counters.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        counter.count(i % 2 == 0 ? NORLYS : OTHER, thread + i);
                    }
                    return null;
                }));
            }
            Future<Long> drainer = pool.submit(() -> {
                start.await();
                long drained = 0;
                while (counting.get()) {
                    drained += counter.drain().stream().mapToLong(LookupCount::lookups).sum();
                }
                return drained;
            });
            start.countDown();
            for (Future<?> future : counters) {
                future.get(1, TimeUnit.MINUTES);
            }
            counting.set(false);
            long drainedWhileCounting = drainer.get(1, TimeUnit.MINUTES);
            long drainedAfter = counter.drain().stream().mapToLong(LookupCount::lookups).sum();

            assertEquals((long) threads * perThread, drainedWhileCounting + drainedAfter);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldCountThreeHundredViewsFromOneVisitorAsOneLookup() {
        LookupCounter counter = new LookupCounter(CLOCK, VISITORS_REMEMBERED);
        for (int i = 0; i < 300; i++) {
            counter.count(NORLYS, VISITOR);
        }
        counter.count(OTHER, VISITOR);

        assertEquals(List.of(new LookupCount(OTHER, TODAY, 1), new LookupCount(NORLYS, TODAY, 1)), counter.drain());
        counter.count(NORLYS, VISITOR);
        assertEquals(List.of(), counter.drain(), "a flush does not make the visitor new again");
    }

    @Test
    void shouldCountTheSameVisitorAgainOnTheNextDay() {
        AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-05-12T10:00:00Z"));
        LookupCounter counter = new LookupCounter(new StatsClock(new Clock() {
            @Override
            public Instant instant() {
                return now.get();
            }

            @Override
            public ZoneId getZone() {
                return COPENHAGEN;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }
        }), VISITORS_REMEMBERED);
        counter.count(NORLYS, VISITOR);
        counter.count(NORLYS, VISITOR);
        now.set(Instant.parse("2026-05-13T10:00:00Z"));
        counter.count(NORLYS, VISITOR);
        counter.count(NORLYS, VISITOR);

        assertEquals(List.of(new LookupCount(NORLYS, TODAY, 1), new LookupCount(NORLYS, TODAY.plusDays(1), 1)),
                counter.drain());
    }

    @Test
    void shouldCountDistinctVisitorsExactlyWhenTheyRaceFromManyThreads() throws Exception {
        LookupCounter counter = new LookupCounter(CLOCK, VISITORS_REMEMBERED);
        int threads = 8;
        int visitors = 5_000;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> racers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                // every thread views the page as every visitor: each visitor must count once, not per thread
                racers.add(pool.submit(() -> {
                    start.await();
                    for (int v = 0; v < visitors; v++) {
                        counter.count(NORLYS, "visitor-" + v);
                        counter.count(OTHER, VISITOR);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> racer : racers) {
                racer.get(1, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }

        assertEquals(visitors, counter.pending(NORLYS));
        assertEquals(1, counter.pending(OTHER));
    }

    @Test
    void shouldPutTheCountsBackWhenTheDatabaseWriteFails() {
        LookupCounter counter = new LookupCounter(CLOCK, VISITORS_REMEMBERED);
        LookupFlusher flusher = new LookupFlusher(counter, new FailingDailyStats());
        counter.count(NORLYS, "visitor-a");
        counter.count(NORLYS, "visitor-b");

        assertThrows(IllegalStateException.class, flusher::flush);
        assertEquals(2, counter.pending(NORLYS));
    }

    @Test
    void shouldTellSelfDeclaredBotsFromBrowsers() {
        assertTrue(UserAgents.isBot("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"));
        assertTrue(UserAgents.isBot("Mozilla/5.0 (compatible; bingbot/2.0)"));
        assertTrue(UserAgents.isBot("Mozilla/5.0 (compatible; Yahoo! Slurp)"));
        assertTrue(UserAgents.isBot("facebookexternalhit/1.1"));
        assertTrue(UserAgents.isBot("Some Spider 1.0"));
        assertTrue(!UserAgents.isBot("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 "
                + "(KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1"));
        assertTrue(!UserAgents.isBot(null));
    }

    /** A database that is down. */
    private static final class FailingDailyStats extends DailyStats {

        FailingDailyStats() {
            super(null, null, CLOCK, new TestStatsConfig());
        }

        @Override
        public void addLookups(List<LookupCount> counts) {
            throw new IllegalStateException("database down");
        }
    }

    private static final class TestStatsConfig implements StatsConfig {
        @Override
        public String flushInterval() {
            return "off";
        }

        @Override
        public int flushBatchSize() {
            return 1000;
        }

        @Override
        public ZoneId zone() {
            return COPENHAGEN;
        }

        @Override
        public java.time.Duration listsTtl() {
            return java.time.Duration.ofSeconds(60);
        }

        @Override
        public int listSize() {
            return 8;
        }

        @Override
        public int listMinVisitors() {
            return 10;
        }

        @Override
        public long visitorsRemembered() {
            return VISITORS_REMEMBERED;
        }
    }
}
