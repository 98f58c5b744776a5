package dk.ringtjek.config;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/** Stops the embedded PostgreSQL after everything else has had its chance to write. */
@ApplicationScoped
class EmbeddedDatabaseShutdown {

    void onStart(@Observes StartupEvent event) {
        EmbeddedDatabase database = EmbeddedDatabaseConfigSourceFactory.running();
        if (database != null) {
            database.applicationStarted();
        }
    }

    void onStop(@Observes @Priority(Interceptor.Priority.LIBRARY_AFTER + 1000) ShutdownEvent event) {
        EmbeddedDatabase database = EmbeddedDatabaseConfigSourceFactory.running();
        if (database != null) {
            database.close();
        }
    }
}
