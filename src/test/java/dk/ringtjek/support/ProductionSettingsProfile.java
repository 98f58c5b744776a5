package dk.ringtjek.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The test run with production's settings for what concerns client addresses, cookies, limits and
 * caching: every {@code %prod.} setting of application.properties (the trusted proxy and its
 * forwarded headers, Secure cookies, HSTS) and production's abuse limits instead of the generous
 * ones {@code %test.} gives the other tests. Read from application.properties itself, so that a new
 * production setting reaches these tests without anyone remembering to copy it here.
 * <p>
 * The database, session secrets and ports stay the test run's own.
 */
public class ProductionSettingsProfile implements QuarkusTestProfile {

    private static final String PROD = "%prod.";
    private static final String TEST = "%test.";
    /** Test settings that relax production's limits; the production value applies instead. */
    private static final String[] LIMITS = {"ringtjek.abuse.", "ringtjek.owner.claims-per-hour"};
    /** Production settings that are not about the proxy, cookies, limits or caching. */
    private static final String[] NOT_OURS = {"quarkus.datasource.", "ringtjek.embedded-db.", "quarkus.log."};

    @Override
    public Map<String, String> getConfigOverrides() {
        Properties properties = applicationProperties();
        Map<String, String> overrides = new HashMap<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith(PROD) && !isNotOurs(key.substring(PROD.length()))) {
                overrides.put(key.substring(PROD.length()), properties.getProperty(key));
            } else if (key.startsWith(TEST) && isLimit(key.substring(TEST.length()))) {
                String plain = key.substring(TEST.length());
                String production = properties.getProperty(PROD + plain, properties.getProperty(plain));
                if (production != null) {
                    overrides.put(plain, production);
                }
            }
        }
        return overrides;
    }

    private static boolean isLimit(String key) {
        for (String prefix : LIMITS) {
            if (key.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNotOurs(String key) {
        for (String prefix : NOT_OURS) {
            if (key.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static Properties applicationProperties() {
        Properties properties = new Properties();
        try (InputStream in = ProductionSettingsProfile.class.getClassLoader()
                .getResourceAsStream("application.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
