package news.newsroom.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.Map;
import news.newsroom.support.TestConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The mappings the read-only API cannot reach over HTTP yet (it accepts no request bodies): unsupported media
 * types, malformed JSON, oversized bodies and unexpected failures.
 */
class ProblemMappersTest {

    ProblemMappers mappers;
    ObjectMapper json = new ObjectMapper();

    record Sample(int count, java.util.List<String> names) {
    }

    @BeforeEach
    void mappers() {
        mappers = new ProblemMappers();
        mappers.objectMapper = json;
        mappers.config = TestConfig.with(Map.of("siteBaseUrl", "https://newsroom.example"));
    }

    @Test
    void anUnsupportedMediaTypeIsA415Problem() throws IOException {
        JsonNode body = body(mappers.notSupported(new NotSupportedException(), null, null), 415);
        assertThat(body.get("type").asText()).isEqualTo("https://newsroom.example/problems/unsupported-media-type");
        assertThat(body.get("detail").asText()).isEqualTo("أرسل جسم الطلب بصيغة application/json.");
    }

    @Test
    void malformedJsonIsA400WithoutParserDetails() throws IOException {
        JsonProcessingException broken = assertParseFails("{\"count\": ");
        JsonNode body = body(mappers.malformedJson(broken, null, null), 400);
        assertThat(body.get("type").asText()).endsWith("/malformed-body");
        assertThat(body.toString()).doesNotContain("Unexpected end-of-input", "line:", "column:");
    }

    @Test
    void aWrongTypeNamesTheField() throws IOException {
        JsonProcessingException wrongType = assertParseFails("{\"count\": \"many\", \"names\": []}");
        JsonNode body = body(mappers.malformedJson(wrongType, null, null), 400);
        assertThat(body.at("/errors/0/field").asText()).isEqualTo("count");
    }

    @Test
    void aNestedWrongTypeNamesThePath() throws IOException {
        JsonProcessingException wrongType = assertParseFails("{\"count\": 1, \"names\": [\"a\", {\"x\": 1}]}");
        JsonNode body = body(mappers.malformedJson(wrongType, null, null), 400);
        assertThat(body.at("/errors/0/field").asText()).isEqualTo("names[1]");
    }

    @Test
    void anOversizedBodyIsA413Problem() throws IOException {
        JsonNode body = body(mappers.webApplication(new WebApplicationException(413), null, null), 413);
        assertThat(body.get("type").asText()).endsWith("/payload-too-large");
    }

    @Test
    void anUnexpectedFailureIsA500ThatNamesNoClass() throws IOException {
        JsonNode body = body(mappers.unexpected(new IllegalStateException("secret internals at Foo.java:12"), null, null), 500);
        assertThat(body.toString()).doesNotContain("IllegalStateException", "secret internals", "Foo.java");
        assertThat(body.get("detail").asText()).matches(".*[0-9a-f]{8}-[0-9a-f]{4}-.*");
    }

    private JsonProcessingException assertParseFails(String text) {
        try {
            json.readValue(text, Sample.class);
        } catch (JsonProcessingException expected) {
            return expected;
        }
        throw new AssertionError("expected " + text + " not to parse");
    }

    private JsonNode body(Response response, int status) throws IOException {
        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(response.getMediaType().toString()).startsWith("application/problem+json");
        assertThat(response.getHeaderString("Cache-Control")).isEqualTo("no-store");
        JsonNode body = json.readTree((byte[]) response.getEntity());
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("title").asText()).isNotBlank();
        return body;
    }
}
