package news.newsroom.support;

import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.response.ValidatableResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** What every refused request must look like: RFC 9457 problem+json of the named type. */
public final class Problems {

    public static final String TYPES = "https://newsroom.example/problems/";

    private Problems() {
    }

    /** Asserts {@code status} with a complete problem body whose {@code type} ends in {@code type}. */
    public static ValidatableResponse refused(ValidatableResponse response, int status, String type) {
        return response.statusCode(status)
                .contentType(startsWith("application/problem+json"))
                .body("type", is(TYPES + type))
                .body("title", notNullValue())
                .body("status", is(status))
                .body("detail", notNullValue());
    }

    /** A slug as it goes into a URL path (Arabic percent-encoded). */
    public static String encode(String slug) {
        return URLEncoder.encode(slug, StandardCharsets.UTF_8);
    }
}
