package dk.ringtjek.abuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import dk.ringtjek.support.ManualAbuseClock;
import dk.ringtjek.support.ProductionSettingsProfile;

/**
 * The allowances all instances share: each test builds its limiters by hand on the application's
 * database, twice where it plays two instances (each with its own memory), on a clock of its own.
 */
@QuarkusTest
@TestProfile(ProductionSettingsProfile.class)
class SharedAllowancesTest {

    private static final int CAPACITY = 5;
    private static final Duration WINDOW = Duration.ofMinutes(10);
    private static final int THREADS = 24;

    @Inject
    SharedAllowances shared;

    @Inject
    DataSource dataSource;

    private final ManualAbuseClock clock = new ManualAbuseClock();

    @Test
    void shouldAllowExactlyTheCapacityToManyThreadsRacingOnOneKey() throws Exception {
        ExactAllowance allowance = instance().exact(limitName(), CAPACITY, WINDOW);
        assertEquals(CAPACITY, race(i -> allowance, "racing-client"));
    }

    @Test
    void shouldAllowExactlyTheCapacityAcrossTwoInstancesRacingOnOneKey() throws Exception {
        String name = limitName();
        List<ExactAllowance> instances = List.of(instance().exact(name, CAPACITY, WINDOW),
                instance().exact(name, CAPACITY, WINDOW));
        assertEquals(CAPACITY, race(i -> instances.get(i % 2), "alternating-client"));
    }

    @Test
    void shouldRefuseOnOneInstanceWhatTheOtherUsedUpAndGiveItBackOverTheWindow() {
        String name = limitName();
        ExactAllowance a = instance().exact(name, CAPACITY, WINDOW);
        ExactAllowance b = instance().exact(name, CAPACITY, WINDOW);
        for (int i = 0; i < CAPACITY; i++) {
            assertTrue(a.tryAcquire("client"));
        }
        assertFalse(b.tryAcquire("client"), "used up on the other instance");
        assertEquals(WINDOW.dividedBy(CAPACITY), b.retryAfter("client"), "one comes back per window / capacity");
        assertTrue(b.tryAcquire("another client"));

        clock.advance(WINDOW.dividedBy(CAPACITY));
        assertTrue(b.tryAcquire("client"));
        assertFalse(a.tryAcquire("client"));
    }

    @Test
    void shouldGiveBackOneTakenForAnActionThatDidNotHappen() {
        ExactAllowance allowance = instance().exact(limitName(), 1, WINDOW);
        assertTrue(allowance.tryAcquire("client"));
        assertFalse(allowance.tryAcquire("client"));
        allowance.giveBack("client");
        assertTrue(allowance.tryAcquire("client"));
    }

    @Test
    void shouldLimitPageViewsAcrossInstancesOnceTheirCountsAreFlushed() {
        String name = limitName();
        BatchedAllowance a = instance().batched(name, CAPACITY, WINDOW);
        BatchedAllowance b = instance().batched(name, CAPACITY, WINDOW);
        for (int i = 0; i < CAPACITY; i++) {
            assertTrue(a.tryAcquire("viewer"));
        }
        assertFalse(a.tryAcquire("viewer"), "one instance alone limits exactly");
        flush(a);
        // b has not flushed yet, so it does not know: the bound of one flush interval
        assertTrue(b.tryAcquire("viewer"));
        flush(b);
        assertFalse(b.tryAcquire("viewer"), "after its flush b knows what a let through");
        assertTrue(b.retryAfter("viewer").compareTo(WINDOW.dividedBy(CAPACITY)) > 0,
                "the overshoot is paid back first");

        clock.advance(WINDOW.multipliedBy(2).dividedBy(CAPACITY));
        assertTrue(b.tryAcquire("viewer"));
        assertFalse(b.tryAcquire("viewer"));
    }

    @Test
    void shouldRemoveBucketsThatAreFullAgainAndKeepTheOthers() throws SQLException {
        String name = limitName();
        ExactAllowance allowance = instance().exact(name, CAPACITY, WINDOW);
        allowance.tryAcquire("old");
        clock.advance(WINDOW.dividedBy(2));
        for (int i = 0; i < CAPACITY; i++) {
            allowance.tryAcquire("recent");
        }
        clock.advance(WINDOW.dividedBy(2));
        shared.removeFull(clock.millis(), 1000);

        assertEquals(0, rows(name, "old"), "full again: removed");
        assertEquals(1, rows(name, "recent"));
        ExactAllowance freshInstance = instance().exact(name, CAPACITY, WINDOW);
        for (int i = 0; i < CAPACITY / 2; i++) {
            assertTrue(freshInstance.tryAcquire("recent"), "half the window gave half back");
        }
        assertFalse(freshInstance.tryAcquire("recent"), "the row of a bucket not yet full is kept");
    }

    private long rows(String limitName, String key) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count = connection.prepareStatement(
                        "select count(*) from shared_allowance where key = decode(?, 'hex')")) {
            count.setString(1, StoredKey.of("allowance:" + limitName, key));
            try (ResultSet result = count.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private RateLimiters instance() {
        return new RateLimiters(clock, shared);
    }

    private void flush(BatchedAllowance allowance) {
        allowance.flushed(shared.debit(allowance.unflushed(), clock.millis()), clock.millis());
    }

    /** THREADS threads released at once, each trying once; returns how many were let through. */
    private static int race(IntFunction<Allowance> allowanceOfThread, String key) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> tries = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                Allowance allowance = allowanceOfThread.apply(i);
                Callable<Boolean> attempt = () -> {
                    start.await();
                    return allowance.tryAcquire(key);
                };
                tries.add(pool.submit(attempt));
            }
            start.countDown();
            int allowed = 0;
            for (Future<Boolean> attempt : tries) {
                allowed += attempt.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }
            return allowed;
        } finally {
            pool.shutdownNow();
        }
    }

    /** A limit of the test's own: rows of other tests (and runs) never mix in. */
    private static String limitName() {
        return "test-" + UUID.randomUUID();
    }
}
