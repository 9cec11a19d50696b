package news.newsroom.integration.embed;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.ValidatableResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Structured data and oEmbed as the website and partners' sites ask for them. */
final class EmbedRequests {

    static final String OEMBED = "/api/v1/oembed";
    private static final ObjectMapper JSON = new ObjectMapper();

    private EmbedRequests() {
    }

    static ValidatableResponse structuredData(long articleId) {
        return given().when().get("/api/v1/articles/" + articleId + "/structured-data").then();
    }

    /** The article's JSON-LD, parsed as JSON. */
    static JsonNode structuredDataOf(long articleId) {
        return parse(structuredData(articleId).statusCode(200).extract().asString());
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    /**
     * The oEmbed of {@code address}, which goes into the query percent-encoded as consumers send it (so an address
     * whose slug is percent-encoded arrives so, and one in raw Arabic arrives in raw Arabic); {@code more} is
     * further query text, such as {@code &maxwidth=300}.
     */
    static ValidatableResponse oEmbed(String address, String more) {
        return given().urlEncodingEnabled(false)
                .when().get(OEMBED + "?url=" + URLEncoder.encode(address, StandardCharsets.UTF_8) + more).then();
    }

    static ValidatableResponse oEmbed(String address) {
        return oEmbed(address, "");
    }

    /** The article's page on the website, as the API gives it (the slug percent-encoded). */
    static String websiteUrl(long articleId) {
        return given().when().get("/api/v1/articles/" + articleId).then().statusCode(200).extract().path("url");
    }
}
