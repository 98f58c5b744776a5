package dk.ringtjek.support;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;

/** The "helpful" button as a browser sends it from the cached number page: an empty text/plain form, no token. */
public final class Votes {

    private Votes() {
    }

    public static RequestSpecification request() {
        return given().redirects().follow(false).contentType("text/plain; charset=UTF-8").body("");
    }
}
