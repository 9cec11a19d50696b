package news.newsroom.staff;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import news.newsroom.support.KnownNewsroom;
import news.newsroom.support.KnownNewsroom.Member;
import news.newsroom.support.Problems;
import news.newsroom.support.StaffRequests;
import org.junit.jupiter.api.Test;

/**
 * Bcrypt reads 72 bytes of a password and ignores the rest, so a longer one would be accepted and then matched
 * by anything sharing its start: refused, in bytes (36 Arabic letters fill 72), saying so in both languages.
 */
@QuarkusTest
@KnownNewsroom
class PasswordLengthTest {

    @Member(StaffRole.ADMIN)
    StaffUser admin;

    @Test
    void thirtySixArabicLettersAreAccepted() {
        create("omar@newsroom.example", "ك".repeat(36), "ar").statusCode(201);
    }

    @Test
    void thirtySevenArabicLettersAreRefusedInArabic() {
        Problems.refused(create("omar@newsroom.example", "ك".repeat(37), "ar"), 400, "validation-failed")
                .body("errors[0].field", is("password"))
                .body("errors[0].message", containsString("72"))
                .body("errors[0].message", containsString("بايت"));
    }

    @Test
    void seventyThreeBytesAreRefusedInEnglishSayingWhy() {
        // 71 Latin letters and one Arabic one: 72 characters, within maxLength, but 73 bytes.
        Problems.refused(create("omar@newsroom.example", "a".repeat(71) + "ك", "en"), 400, "validation-failed")
                .body("errors[0].field", is("password"))
                .body("errors[0].message", containsString("72 bytes"))
                .body("errors[0].message", containsString("bcrypt"));
        StaffRequests.as(admin).when().get("/api/v1/staff").then().statusCode(200).body("total", is(1));
    }

    private io.restassured.response.ValidatableResponse create(String email, String password, String language) {
        return StaffRequests.as(admin).contentType("application/json").header("Accept-Language", language)
                .body(Map.of("email", email, "displayName", "عمر", "password", password, "roles", List.of("author")))
                .when().post("/api/v1/staff").then();
    }
}
