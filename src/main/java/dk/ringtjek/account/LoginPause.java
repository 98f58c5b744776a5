package dk.ringtjek.account;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;

/**
 * Waits before a login attempt goes on ({@link LoginDelay}), on a Vert.x timer: no thread sleeps.
 * A bean so that tests can see the delays asked for instead of waiting them out.
 */
@ApplicationScoped
public class LoginPause {

    private final Vertx vertx;

    public LoginPause(Vertx vertx) {
        this.vertx = vertx;
    }

    public Uni<Void> pause(Duration delay) {
        if (delay.isZero() || delay.isNegative()) {
            return Uni.createFrom().voidItem();
        }
        return Uni.createFrom().emitter(emitter -> vertx.setTimer(Math.max(1, delay.toMillis()),
                timer -> emitter.complete(null)));
    }
}
