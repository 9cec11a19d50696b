package news.newsroom.comment;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Readers posting comments in tests: each reader is a client address (sent as X-Forwarded-For). */
public final class Readers {

    private static final Pattern QUESTION = Pattern.compile("^اكتب ناتج (\\d) \\+ (\\d)$");

    public record Challenge(String token, int answer) {
    }

    private Readers() {
    }

    public static Challenge solvedChallenge() {
        var challenge = given().when().get("/api/v1/comments/challenge").then().statusCode(200).extract();
        Matcher question = QUESTION.matcher(challenge.path("question"));
        if (!question.matches()) {
            throw new AssertionError("unexpected question " + challenge.path("question"));
        }
        return new Challenge(challenge.path("token"),
                Integer.parseInt(question.group(1)) + Integer.parseInt(question.group(2)));
    }

    public static Map<String, Object> comment(String name, String body, Challenge challenge) {
        Map<String, Object> comment = new HashMap<>();
        comment.put("authorName", name);
        comment.put("authorEmail", "reader@example.com");
        comment.put("body", body);
        comment.put("challengeToken", challenge.token());
        comment.put("challengeAnswer", String.valueOf(challenge.answer()));
        return comment;
    }

    /** A reader at {@code address} posts {@code body} with a freshly solved challenge. */
    public static Response post(long articleId, String address, String body) {
        return post(articleId, address, comment("قارئ", body, solvedChallenge()));
    }

    public static Response post(long articleId, String address, Map<String, Object> comment) {
        return given().header("X-Forwarded-For", address).contentType("application/json").body(comment)
                .when().post("/api/v1/articles/" + articleId + "/comments");
    }
}
