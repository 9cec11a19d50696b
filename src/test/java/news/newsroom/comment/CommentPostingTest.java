package news.newsroom.comment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import news.newsroom.article.ArticleStatus;
import news.newsroom.staff.StaffRole;
import news.newsroom.staff.StaffUser;
import news.newsroom.support.KnownNewsroom;
import news.newsroom.support.KnownNewsroom.Desk;
import news.newsroom.support.KnownNewsroom.Member;
import news.newsroom.support.Newsdesk;
import news.newsroom.support.TestContent;
import news.newsroom.support.TestStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@KnownNewsroom
class CommentPostingTest {

    @Inject
    TestContent content;

    @Inject
    TestStaff staff;

    @Inject
    CommentChallenge challenges;

    @Desk
    Newsdesk desk;
    long article;
    @Member(StaffRole.MODERATOR)
    StaffUser moderator;

    @BeforeEach
    void commentsUnderWaterCuts() {
        article = desk.waterCuts().getId();
    }

    @Test
    void theChallengeIsAnArabicSumThatExpiresInTenMinutes() {
        var challenge = given().when().get("/api/v1/comments/challenge")
                .then().statusCode(200)
                .header("Cache-Control", is("private, no-store"))
                .body("question", matchesPattern("^اكتب ناتج \\d \\+ \\d$"))
                .body("token", notNullValue())
                .extract();
        Instant expires = Instant.parse(challenge.path("expiresAt"));
        assertThat(Duration.between(Instant.now(), expires)).isBetween(Duration.ofMinutes(9), Duration.ofMinutes(11));
    }

    @Test
    void aSolvedChallengePostsAPendingCommentUnderPreModeration() {
        Readers.post(article, "10.0.0.1", "تعليق مفيد عن المياه")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/articles/" + article + "/comments"))
                .body("status", is("pending"))
                .body("body", is("تعليق مفيد عن المياه"))
                .body("$", not(hasKey("authorEmail")));
        given().when().get("/api/v1/articles/" + article + "/comments")
                .then().statusCode(200).body("total", is(0));
    }

    @Test
    void arabicIndicDigitsAnswerToo() {
        Readers.Challenge solved = Readers.solvedChallenge();
        String arabicDigits = String.valueOf(solved.answer()).chars()
                .mapToObj(digit -> String.valueOf((char) ('\u0660' + (digit - '0')))).reduce("", String::concat);
        Map<String, Object> comment = Readers.comment("قارئ", "تعليق بأرقام عربية", solved);
        comment.put("challengeAnswer", arabicDigits);
        Readers.post(article, "10.0.0.2", comment).then().statusCode(201);
    }

    @Test
    void aWrongAnswerIsRefused() {
        Readers.Challenge solved = Readers.solvedChallenge();
        Map<String, Object> comment = Readers.comment("قارئ", "تعليق", solved);
        comment.put("challengeAnswer", String.valueOf(solved.answer() + 1));
        problem(Readers.post(article, "10.0.0.3", comment), 400).body("errors[0].field", is("challengeAnswer"));
    }

    @Test
    void aForgedChallengeIsRefused() {
        Readers.Challenge solved = Readers.solvedChallenge();
        String token = solved.token();
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "AAAAAAAAAAAAAAAAAAAAAA";
        problem(Readers.post(article, "10.0.0.4", Readers.comment("قارئ", "تعليق", new Readers.Challenge(forged, solved.answer()))), 400)
                .body("errors[0].field", is("challengeToken"));
        String moreTime = token.replaceFirst("\\.(\\d+)\\.", "." + (Instant.now().getEpochSecond() + 86_400) + ".");
        problem(Readers.post(article, "10.0.0.4", Readers.comment("قارئ", "تعليق", new Readers.Challenge(moreTime, solved.answer()))), 400)
                .body("errors[0].field", is("challengeToken"));
    }

    @Test
    void anExpiredChallengeIsRefused() {
        CommentChallenge.Issued old = challenges.issueAt(Instant.now().minus(Duration.ofMinutes(11)));
        String[] numbers = old.question().replaceAll("[^0-9+]", "").split("\\+");
        int answer = Integer.parseInt(numbers[0]) + Integer.parseInt(numbers[1]);
        problem(Readers.post(article, "10.0.0.5", Readers.comment("قارئ", "تعليق", new Readers.Challenge(old.token(), answer))), 400)
                .body("errors[0].field", is("challengeToken"))
                .body("errors[0].message", containsString("انتهت"));
    }

    @Test
    void aChallengeWorksOnce() {
        Readers.Challenge solved = Readers.solvedChallenge();
        Readers.post(article, "10.0.0.6", Readers.comment("قارئ", "الأول", solved)).then().statusCode(201);
        problem(Readers.post(article, "10.0.0.6", Readers.comment("قارئ", "الثاني", solved)), 400)
                .body("errors[0].field", is("challengeToken"));
    }

    @Test
    void theHoneypotQuietlyFilesTheCommentAsSpam() {
        Map<String, Object> comment = Readers.comment("بوت", "اشتر الآن", Readers.solvedChallenge());
        comment.put("website", "http://spam.example");
        long id = ((Number) Readers.post(article, "10.0.0.7", comment).then().statusCode(201)
                .body("status", is("pending")).extract().path("id")).longValue();
        given().auth().oauth2(staff.tokenFor(moderator)).queryParam("status", "spam")
                .when().get("/api/v1/moderation/comments")
                .then().statusCode(200)
                .body("items[0].id", is((int) id))
                .body("items[0].holdReasons[0]", is("honeypot"));
    }

    @Test
    void aClientMayPostFiveAMinuteThen429WithRateLimitHeaders() {
        for (int i = 0; i < 5; i++) {
            Readers.post(article, "10.0.1.1", "تعليق رقم " + i).then().statusCode(201);
        }
        problem(Readers.post(article, "10.0.1.1", "تعليق زائد"), 429)
                .header("Retry-After", matchesPattern("\\d+"))
                .header("RateLimit-Limit", is("5"))
                .header("RateLimit-Remaining", is("0"))
                .header("RateLimit-Reset", matchesPattern("\\d+"));
        Readers.post(article, "10.0.1.2", "قارئ آخر").then().statusCode(201);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReturnsTheFirstComment() {
        Map<String, Object> comment = Readers.comment("قارئ", "تعليق مهم", Readers.solvedChallenge());
        int first = given().header("X-Forwarded-For", "10.0.2.1").header("Idempotency-Key", "k-1")
                .contentType("application/json").body(comment)
                .when().post("/api/v1/articles/" + article + "/comments").then().statusCode(201).extract().path("id");
        given().header("X-Forwarded-For", "10.0.2.1").header("Idempotency-Key", "k-1")
                .contentType("application/json").body(comment)
                .when().post("/api/v1/articles/" + article + "/comments")
                .then().statusCode(201)
                .header("Idempotent-Replayed", is("true"))
                .body("id", is(first));
        given().auth().oauth2(staff.tokenFor(moderator)).when().get("/api/v1/moderation/comments")
                .then().statusCode(200).body("items.size()", is(1));
    }

    @Test
    void closedUnpublishedAndUnknownArticlesRefuseComments() {
        problem(Readers.post(desk.theatre().getId(), "10.0.3.1", "تعليق"), 403)
                .body("type", containsString("comments-closed"));
        problem(Readers.post(desk.draft().getId(), "10.0.3.1", "تعليق"), 404);
        problem(Readers.post(999_999, "10.0.3.1", "تعليق"), 404);
        content.setStatus(desk.budget().getId(), ArticleStatus.ARCHIVED);
        problem(Readers.post(desk.budget().getId(), "10.0.3.1", "تعليق"), 404);
    }

    @Test
    void bodiesAndNamesHaveLimitsAfterTrimming() {
        problem(Readers.post(article, "10.0.4.1", "   ب   "), 400).body("errors[0].field", is("body"));
        problem(Readers.post(article, "10.0.4.1", "ب".repeat(5001)), 400).body("errors[0].field", is("body"));
        Readers.post(article, "10.0.4.2", "  " + "ب".repeat(5000) + "  ").then().statusCode(201);
        problem(Readers.post(article, "10.0.4.3", Readers.comment("ن".repeat(81), "تعليق", Readers.solvedChallenge())), 400)
                .body("errors[0].field", is("authorName"));
        Map<String, Object> noName = Readers.comment("", "تعليق", Readers.solvedChallenge());
        problem(Readers.post(article, "10.0.4.4", noName), 400).body("errors[0].field", is("authorName"));
    }

    @Test
    void markupStaysInertText() {
        String hostile = "<script>alert(1)</script><img src=x onerror=alert(2)> \"quoted\" & done";
        long id = ((Number) Readers.post(article, "10.0.5.1", hostile).then().statusCode(201)
                .body("body", is(hostile))
                .body("bodyHtml", is("&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt; &quot;quoted&quot; &amp; done"))
                .extract().path("id")).longValue();
        given().auth().oauth2(staff.tokenFor(moderator)).contentType("application/json").body("{\"status\": \"approved\"}")
                .when().patch("/api/v1/moderation/comments/" + id).then().statusCode(200);
        String page = given().when().get("/api/v1/articles/" + article + "/comments").then().statusCode(200)
                .body("items[0].bodyHtml", startsWith("&lt;script&gt;")).extract().asString();
        assertThat(page).doesNotContain("<script>alert(1)</script>\",\"bodyHtml\":\"<script");
    }

    @Test
    void publicCommentsNeverShowEmailsOrAddresses() {
        long id = ((Number) Readers.post(article, "10.0.6.1", "تعليق").then().statusCode(201).extract().path("id")).longValue();
        given().auth().oauth2(staff.tokenFor(moderator)).contentType("application/json").body("{\"status\": \"approved\"}")
                .when().patch("/api/v1/moderation/comments/" + id)
                .then().statusCode(200).body("authorEmail", is("reader@example.com"));
        String page = given().when().get("/api/v1/articles/" + article + "/comments").then().statusCode(200).extract().asString();
        assertThat(page).doesNotContain("reader@example.com", "10.0.6.1", "clientHash", "authorEmail");
    }

    private static io.restassured.response.ValidatableResponse problem(io.restassured.response.Response response, int status) {
        return response.then().statusCode(status)
                .contentType(startsWith("application/problem+json"))
                .body("status", is(status));
    }
}
