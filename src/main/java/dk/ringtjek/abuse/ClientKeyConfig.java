package dk.ringtjek.abuse;

import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings for telling clients apart without keeping their addresses (ClientKey, ClientAddress). */
@ConfigMapping(prefix = "ringtjek")
public interface ClientKeyConfig {

    /** The HMAC secret of {@link ClientKey} (RINGTJEK_AUTHOR_KEY_SECRET); required in production. */
    String authorKeySecret();

    /** Proxies whose X-Forwarded-For is believed: IP addresses or CIDR ranges (RINGTJEK_TRUSTED_PROXIES). */
    @WithDefault("127.0.0.1/32,0:0:0:0:0:0:0:1/128")
    List<String> trustedProxies();
}
