package dk.ringtjek.owner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import dk.ringtjek.abuse.RateLimitedException;
import dk.ringtjek.abuse.RateLimiters;
import dk.ringtjek.abuse.SharedAllowances;
import dk.ringtjek.support.ManualAbuseClock;
import dk.ringtjek.support.ProductionSettingsProfile;

/**
 * Claims, appeals and owner requests send mail or fill a staff queue: one client's allowance holds
 * across instances. Two instances (each its own memory, one database) race for one client's claims.
 */
@QuarkusTest
@TestProfile(ProductionSettingsProfile.class)
class ClaimLimitsTest {

    private static final int THREADS = 16;

    @Inject
    SharedAllowances shared;

    @Inject
    OwnerConfig config;

    private final ManualAbuseClock clock = new ManualAbuseClock();

    @Test
    void shouldLetOneClientSendTheHourlyClaimsOnceAcrossTwoInstancesRacing() throws Exception {
        List<ClaimLimits> instances = List.of(new ClaimLimits(new RateLimiters(clock, shared), config),
                new ClaimLimits(new RateLimiters(clock, shared), config));
        String client = "claim-client-" + UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> tries = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                ClaimLimits instance = instances.get(i % 2);
                Callable<Boolean> attempt = () -> {
                    start.await();
                    try {
                        instance.claim(client);
                        return true;
                    } catch (RateLimitedException e) {
                        return false;
                    }
                };
                tries.add(pool.submit(attempt));
            }
            start.countDown();
            int allowed = 0;
            for (Future<Boolean> attempt : tries) {
                allowed += attempt.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertEquals(config.claimsPerHour(), allowed, "the hour's claims, not twice that");
        } finally {
            pool.shutdownNow();
        }
    }
}
