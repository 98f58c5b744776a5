package dk.ringtjek.support;

import io.quarkus.test.junit.QuarkusMock;

import dk.ringtjek.abuse.AbuseClock;

/**
 * Rate limits whose allowances do not come back while a test runs, however long the machine takes for
 * it: the clocks of the limits (this instance's and the shared one's) stop for the current test (QuarkusMock undoes it afterwards).
 */
public final class Allowances {

    private Allowances() {
    }

    public static void freeze() {
        long frozen = System.nanoTime();
        long frozenMillis = System.currentTimeMillis();
        QuarkusMock.installMockForType(new AbuseClock() {
            @Override
            public long nanoTime() {
                return frozen;
            }

            @Override
            public long millis() {
                return frozenMillis;
            }
        }, AbuseClock.class);
    }
}
