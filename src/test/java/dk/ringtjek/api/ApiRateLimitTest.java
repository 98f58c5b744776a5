package dk.ringtjek.api;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(ApiRateLimitTest.TightApiLimit.class)
class ApiRateLimitTest {

    /** Three API requests a minute, so that a test reaches the limit at once. */
    public static class TightApiLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ringtjek.abuse.rate.api-per-minute", "3");
        }
    }

    private static final String CLIENT = "10.77.0.1";
    private static final String OTHER_CLIENT = "10.77.0.2";

    @Test
    void shouldAnswer429AsProblemDetailsWithRetryAfterOnceAClientUsedItsAllowance() {
        ApiClient api = new ApiClient();
        for (int i = 0; i < 3; i++) {
            api.request().header("X-Forwarded-For", CLIENT).get("/api/v1/numbers/{n}", "70114040").then()
                    .statusCode(200);
        }
        api.request().header("X-Forwarded-For", CLIENT).get("/api/v1/blocklist").then().statusCode(429)
                .contentType(ApiProblem.MEDIA_TYPE).header("Retry-After", notNullValue())
                .header("Cache-Control", "no-store").body("status", equalTo(429)).body("retryAfter", notNullValue());
        api.request().header("X-Forwarded-For", OTHER_CLIENT).get("/api/v1/numbers/{n}", "70114040").then()
                .statusCode(200);
    }
}
