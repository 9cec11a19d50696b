package news.newsroom.support;

import static io.restassured.RestAssured.given;

import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import news.newsroom.article.Article;

/** The archive search as readers call it: {@code GET /api/v1/articles?q=...}, with optional other parameters. */
public final class Searches {

    public static final String ARTICLES = "/api/v1/articles";

    private Searches() {
    }

    /** Searches for {@code q}; {@code params} are further name, value pairs (a name may repeat). */
    public static ValidatableResponse search(String q, Object... params) {
        RequestSpecification request = given().queryParam("q", q);
        for (int i = 0; i + 1 < params.length; i += 2) {
            request.queryParam((String) params[i], params[i + 1]);
        }
        return request.when().get(ARTICLES).then();
    }

    /** The id as RestAssured reads it from JSON. */
    public static int id(news.newsroom.article.Article article) {
        return article.getId().intValue();
    }
}
