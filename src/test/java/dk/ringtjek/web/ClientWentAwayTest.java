package dk.ringtjek.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import io.vertx.core.http.HttpClosedException;

class ClientWentAwayTest {

    @Test
    void aConnectionClosedWhileTheBodyWasReadIsTheClientsDoing() {
        // as REST reports it when a client hangs up in the middle of a form post
        Throwable wrapped = new IOException(new IOException(new HttpClosedException("Connection was closed")));
        assertTrue(ErrorResponses.clientWentAway(wrapped));
    }

    @Test
    void otherFailuresAreOurs() {
        assertFalse(ErrorResponses.clientWentAway(new IllegalStateException("select author_key from report")));
        assertFalse(ErrorResponses.clientWentAway(new IOException(new IllegalArgumentException())));
    }
}
