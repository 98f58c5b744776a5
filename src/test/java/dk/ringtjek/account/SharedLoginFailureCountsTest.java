package dk.ringtjek.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import dk.ringtjek.abuse.AbuseConfig;
import dk.ringtjek.support.ManualAbuseClock;

/** Failed logins counted in the database: two hand-built "instances" on the application's database. */
@QuarkusTest
class SharedLoginFailureCountsTest {

    private static final int THREADS = 16;

    @Inject
    DataSource dataSource;

    @Inject
    AbuseConfig config;

    private final ManualAbuseClock clock = new ManualAbuseClock();

    @Test
    void shouldCountFailuresOnOneInstanceThatTheOtherSees() {
        String key = key();
        LoginFailureCounts a = instance();
        LoginFailureCounts b = instance();
        a.add(List.of(key, key + ":other"));
        b.add(key);
        assertEquals(2, a.of(key).failures());
        assertEquals(window(), a.of(key).remaining(), "the window runs from the first failure");
        clock.advance(Duration.ofMinutes(1));
        assertEquals(List.of(2L, 1L, 0L), b.of(List.of(key, key + ":other", key + ":none")).stream()
                .map(LoginFailureCounts.Window::failures).toList());
        assertEquals(window().minusMinutes(1), b.of(key).remaining());

        b.clear(key);
        assertEquals(LoginFailureCounts.Window.NONE, a.of(key));
    }

    @Test
    void shouldForgetAWindowWholeOnceItHasPassedAndStartANewOne() {
        String key = key();
        LoginFailureCounts counts = instance();
        counts.add(key);
        counts.add(key);
        clock.advance(window());
        assertEquals(LoginFailureCounts.Window.NONE, counts.of(key));
        counts.add(key);
        assertEquals(new LoginFailureCounts.Window(1, window()), counts.of(key));
    }

    @Test
    void shouldCountEveryOneOfManyFailuresAtOnceFromTwoInstances() throws Exception {
        String key = key();
        List<LoginFailureCounts> instances = List.of(instance(), instance());
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> failures = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                LoginFailureCounts counts = instances.get(i % 2);
                failures.add(pool.submit(() -> {
                    start.await();
                    counts.add(List.of(key, key + ":pair"));
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> failure : failures) {
                failure.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(THREADS, instances.get(0).of(key).failures());
        assertEquals(THREADS, instances.get(1).of(key + ":pair").failures());
    }

    @Test
    void shouldRemoveEndedWindowsAndKeepRunningOnes() {
        String key = key();
        SharedLoginFailureCounts counts = instance();
        counts.add(key + ":ended");
        clock.advance(window());
        counts.add(key + ":running");
        counts.removeForgotten();
        clock.advance(Duration.ofDays(-1)); // back before both windows: only a removed row reads as none
        assertEquals(0, counts.of(key + ":ended").failures());
        assertEquals(1, counts.of(key + ":running").failures());
    }

    private SharedLoginFailureCounts instance() {
        return new SharedLoginFailureCounts(dataSource, clock, config);
    }

    private Duration window() {
        return config.login().window();
    }

    private static String key() {
        return "account+client:test-" + UUID.randomUUID();
    }
}
