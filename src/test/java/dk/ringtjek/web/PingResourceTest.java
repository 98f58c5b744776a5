package dk.ringtjek.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PingResourceTest {

    @Test
    void shouldAnswerPingWithPongAsPlainText() {
        given().when().get("/ping")
                .then().statusCode(200)
                .contentType(startsWith("text/plain"))
                .body(equalTo("pong"));
    }
}
