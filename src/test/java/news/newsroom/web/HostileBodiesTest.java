package news.newsroom.web;

import static io.restassured.RestAssured.given;
import static news.newsroom.support.StaffRequests.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import news.newsroom.comment.Readers;
import news.newsroom.staff.StaffRole;
import news.newsroom.staff.StaffUser;
import news.newsroom.support.KnownNewsroom;
import news.newsroom.support.KnownNewsroom.Desk;
import news.newsroom.support.KnownNewsroom.Member;
import news.newsroom.support.Newsdesk;
import news.newsroom.support.Problems;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Request bodies with text the service cannot store, a scalar of the wrong kind, an instant outside the years 1 to
 * 9999 or an unsafe media address are refused with a 400 naming the field, and nothing is stored.
 */
@QuarkusTest
@KnownNewsroom
class HostileBodiesTest {

    /** JSON escapes, as a hostile client writes them: NUL and a high surrogate with no low one after it. */
    /** Requests in English, so that messages can be asserted in the language they are written here. */
    private static RequestSpecification reader() {
        return given().header("Accept-Language", "en");
    }

    private RequestSpecification staff() {
        return as(admin).header("Accept-Language", "en");
    }

    private static final String NUL = "\\u0000";
    private static final String LONE_SURROGATE = "\\ud800";

    @Desk
    Newsdesk desk;
    @Member(StaffRole.ADMIN)
    StaffUser admin;

    private ValidatableResponse refusedField(ValidatableResponse response, String field, String message) {
        return Problems.refused(response, 400, "malformed-body")
                .body("errors", hasSize(1))
                .body("errors[0].field", is(field))
                .body("errors[0].message", containsString(message));
    }

    private ValidatableResponse unstorable(ValidatableResponse response, String field) {
        return refusedField(response, field, "NUL (U+0000) or a lone UTF-16 surrogate");
    }

    @AfterEach
    void nothingWasStored() {
        reader().when().get("/api/v1/tags").then().statusCode(200).body("items", hasSize(3));
        reader().when().get("/api/v1/sections").then().statusCode(200).body("items", hasSize(4));
        reader().when().get("/api/v1/authors").then().statusCode(200).body("items", hasSize(2));
        staff().when().get("/api/v1/api-keys").then().statusCode(200).body("$", hasSize(0));
    }

    @ParameterizedTest(name = "{0} in a JSON string is refused everywhere")
    @ValueSource(strings = {NUL, LONE_SURROGATE})
    void unstorableTextIsRefusedInEveryBody(String character) {
        unstorable(reader().contentType("application/json")
                .body("{\"email\": \"a" + character + "@x.test\", \"password\": \"abcdefgh\"}")
                .when().post("/api/v1/auth/token").then(), "email");
        unstorable(staff().contentType("application/json")
                .body("{\"title\": \"عنوان" + character + "\", \"sectionSlug\": \"economy\"}")
                .when().post("/api/v1/articles").then(), "title");
        unstorable(staff().contentType("application/json")
                .body("{\"title\": \"عنوان\", \"sectionSlug\": \"economy\", \"tags\": [\"ماء\", \"x" + character + "\"]}")
                .when().post("/api/v1/articles").then(), "tags[1]");
        unstorable(staff().contentType("application/json")
                .body("{\"name\": \"وسم" + character + "\"}").when().post("/api/v1/tags").then(), "name");
        unstorable(staff().contentType("application/json")
                .body("{\"name\": \"قسم" + character + "\"}").when().post("/api/v1/sections").then(), "name");
        unstorable(staff().contentType("application/json")
                .body("{\"name\": \"كاتب" + character + "\"}").when().post("/api/v1/authors").then(), "name");
        unstorable(staff().contentType("application/json")
                .body("{\"email\": \"new@newsroom.example\", \"displayName\": \"اسم" + character
                        + "\", \"password\": \"a-long-password-1\", \"roles\": [\"editor\"]}")
                .when().post("/api/v1/staff").then(), "displayName");
        unstorable(staff().contentType("application/json")
                .body("{\"name\": \"key" + character + "\"}").when().post("/api/v1/api-keys").then(), "name");
        unstorable(staff().contentType("application/json")
                .body("{\"banned\": [\"كلمة" + character + "\"], \"suspect\": []}")
                .when().put("/api/v1/moderation/words").then(), "banned[0]");
    }

    @ParameterizedTest(name = "{0} in an article block, stored as jsonb, is refused")
    @ValueSource(strings = {NUL, LONE_SURROGATE})
    void unstorableTextIsRefusedInsideBlocks(String character) {
        unstorable(staff().contentType("application/json")
                .body("{\"title\": \"عنوان\", \"sectionSlug\": \"economy\", \"blocks\": [{\"type\": \"paragraph\", "
                        + "\"html\": \"نص\"}, {\"type\": \"heading\", \"level\": 2, \"text\": \"ع" + character + "\"}]}")
                .when().post("/api/v1/articles").then(), "blocks[1].text");
    }

    @Test
    void unstorableTextIsRefusedInACommentAndNothingIsPosted() {
        Readers.Challenge solved = Readers.solvedChallenge();
        unstorable(reader().header("X-Forwarded-For", "10.9.0.1").contentType("application/json")
                .body("{\"authorName\": \"قارئ\", \"body\": \"تعليق" + NUL + "\", \"challengeToken\": \""
                        + solved.token() + "\", \"challengeAnswer\": \"" + solved.answer() + "\"}")
                .when().post("/api/v1/articles/" + desk.waterCuts().getId() + "/comments").then(), "body");
        reader().when().get("/api/v1/articles/" + desk.waterCuts().getId() + "/comments")
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void aPairedSurrogateIsText() {
        staff().contentType("application/json")
                .body("{\"title\": \"\\ud83d\\udcf0 أخبار\", \"sectionSlug\": \"economy\", \"authorSlugs\": [\"lina-khoury\"]}")
                .when().post("/api/v1/articles")
                .then().statusCode(201).body("title", is("\uD83D\uDCF0 أخبار"));
    }

    @ParameterizedTest(name = "{0} where a string is expected is refused")
    @ValueSource(strings = {"false", "0", "1.5", "true"})
    void aScalarIsNotReadAsAString(String scalar) {
        refusedField(reader().contentType("application/json")
                .body("{\"email\": " + scalar + ", \"password\": \"abcdefgh\"}")
                .when().post("/api/v1/auth/token").then(), "email", "wrong type");
        refusedField(staff().contentType("application/json").body("{\"name\": " + scalar + "}")
                .when().post("/api/v1/tags").then(), "name", "wrong type");
    }

    @Test
    void numbersAndBooleansAreStillReadWhereExpected() {
        staff().contentType("application/json")
                .body("{\"name\": \"رياضة\", \"slug\": \"sport\", \"position\": 7}")
                .when().post("/api/v1/sections").then().statusCode(201).body("position", is(7));
        staff().when().delete("/api/v1/sections/sport").then().statusCode(204);
        refusedField(staff().contentType("application/json").body("{\"name\": \"رياضة\", \"position\": \"7\"}")
                .when().post("/api/v1/sections").then(), "position", "This value");
        refusedField(staff().contentType("application/json")
                .body("{\"title\": \"عنوان\", \"sectionSlug\": \"economy\", \"commentsOpen\": 0}")
                .when().post("/api/v1/articles").then(), "commentsOpen", "This value");
    }

    @ParameterizedTest(name = "publishedAt {0} is refused")
    @ValueSource(strings = {"-999999999-01-01T00:00:00Z", "+999999999-12-31T23:59:59Z", "0000-12-31T23:59:59Z",
            "+10000-01-01T00:00:00Z"})
    void anInstantOutsideTheYearsOneTo9999IsRefused(String instant) {
        refusedField(staff().contentType("application/json")
                .body("{\"title\": \"عنوان\", \"sectionSlug\": \"economy\", \"status\": \"published\", "
                        + "\"publishedAt\": \"" + instant + "\"}")
                .when().post("/api/v1/articles").then(), "publishedAt", "years 1 to 9999");
        refusedField(staff().contentType("application/json").body("{\"publishAt\": \"" + instant + "\"}")
                .when().post("/api/v1/articles/" + desk.draft().getId() + "/publish").then(), "publishAt",
                "years 1 to 9999");
    }

    @ParameterizedTest(name = "an embed URL {0} is refused")
    @CsvSource(delimiter = '|', value = {
        "https://www.youtube.com/watch?v=a\\\"onload=alert(1)|field.url-characters",
        "https://www.youtube.com/watch?v=<script>|field.url-characters",
        "https://www.youtube.com/watch?v=a b|field.url-characters",
        "https://www.youtube.com/watch?v=a\\u0007|field.url-characters",
        "javascript:alert(1)|field.web-url",
        "http://www.youtube.com/watch?v=abc|field.web-url"})
    void anUnsafeEmbedUrlIsRefusedNamingTheBlock(String url, String key) {
        String message = key.equals("field.web-url") ? "http(s) address" : "must not hold spaces, quotes";
        Problems.refused(staff().contentType("application/json")
                .body("{\"title\": \"عنوان\", \"sectionSlug\": \"economy\", \"blocks\": [{\"type\": \"paragraph\", "
                        + "\"html\": \"نص\"}, {\"type\": \"embed\", \"provider\": \"youtube\", \"url\": \"" + url + "\"}]}")
                .when().post("/api/v1/articles").then(), 400, "validation-failed")
                .body("errors[0].field", is("blocks[1].url"))
                .body("errors[0].message", containsString(message));
    }

    @Test
    void anUnsafeImageUrlIsRefusedNamingTheBlock() {
        Problems.refused(staff().contentType("application/json")
                .body("{\"title\": \"عنوان\", \"sectionSlug\": \"economy\", \"blocks\": [{\"type\": \"image\", "
                        + "\"url\": \"https://media.newsroom.example/a.jpg\\\"><script>\"}]}")
                .when().post("/api/v1/articles").then(), 400, "validation-failed")
                .body("errors[0].field", is("blocks[0].url"))
                .body("errors[0].message", containsString("must not hold spaces, quotes"));
    }
}
