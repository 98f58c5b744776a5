package dk.ringtjek.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Application settings that more than one feature reads. */
@ConfigMapping(prefix = "ringtjek")
public interface RingtjekConfig {

    /** The region whose numbers get short canonical URLs and national spellings (ISO 3166 code). */
    @WithDefault("DK")
    String defaultRegion();

    /** Load the example numbers and reports at start-up (local runs only). */
    @WithDefault("false")
    boolean exampleData();

    /** The public base URL, for canonical links and the sitemap. */
    @WithDefault("http://localhost:8080")
    String baseUrl();

    /** The embedded PostgreSQL used when no database URL is set (read by EmbeddedDatabaseConfigSourceFactory). */
    EmbeddedDb embeddedDb();

    interface EmbeddedDb {
        @WithDefault("true")
        boolean enabled();

        /** Where its data lives; relative to the working directory. */
        @WithDefault(".data/postgres")
        String dataDir();
    }
}
