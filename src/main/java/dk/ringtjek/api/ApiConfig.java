package dk.ringtjek.api;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the open-data API at /api/v1. */
@ConfigMapping(prefix = "ringtjek.api")
public interface ApiConfig {

    /** How long browsers and shared caches may keep an answer (Cache-Control: public, max-age). */
    @WithDefault("PT60S")
    Duration cacheMaxAge();

    /** Reports per page when the client asks for none. */
    @WithDefault("20")
    int reportsDefaultLimit();

    /** The most reports one page may ask for. */
    @WithDefault("100")
    int reportsMaxLimit();

    /** The most numbers one hash-prefix lookup answers (a 5-character prefix matches about one in a million). */
    @WithDefault("1000")
    int lookupMaxNumbers();
}
