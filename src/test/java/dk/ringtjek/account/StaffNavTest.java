package dk.ringtjek.account;

import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;

import dk.ringtjek.support.StaffLogin;

/** Every staff page carries the shared staff menu. */
@QuarkusTest
class StaffNavTest {

    @ParameterizedTest
    @ValueSource(strings = {"/konto", "/redaktion", "/redaktion/nummer/70114040", "/moderation", "/admin/accounts"})
    void shouldShowTheStaffMenuOnEveryStaffPage(String path) {
        StaffLogin.admin().get().when().get(path).then().statusCode(200)
                .body(containsString("class=\"staff-nav\""))
                .body(containsString("<a href=\"/moderation\">"))
                .body(containsString("<a href=\"/redaktion\">"));
    }
}
