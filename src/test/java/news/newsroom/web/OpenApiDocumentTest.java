package news.newsroom.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import news.newsroom.support.OpenApiValidation;
import org.junit.jupiter.api.Test;

/**
 * The committed openapi.yaml is exactly what the code generates. When this fails after an intended API change,
 * regenerate it: {@code ./mvnw package -DskipTests && cp target/openapi/openapi.yaml openapi.yaml}.
 */
@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void committedDocumentMatchesTheGeneratedOne() throws IOException {
        String generated = given().queryParam("format", "yaml").when().get("/q/openapi")
                .then().statusCode(200).extract().asString();
        String committed = Files.readString(OpenApiValidation.SPEC, StandardCharsets.UTF_8);
        assertThat(committed)
                .as("openapi.yaml is stale: run ./mvnw package -DskipTests && cp target/openapi/openapi.yaml openapi.yaml")
                .isEqualTo(generated);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationHasAReadableIdSummaryAndTag() {
        var document = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200).extract();
        java.util.Map<String, java.util.Map<String, java.util.Map<String, Object>>> paths = document.path("paths");
        assertThat(paths).isNotEmpty();
        java.util.Set<Object> operationIds = new java.util.HashSet<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            // Generated clients name their methods after these: listArticles, getArticle, postComment.
            assertThat((String) operation.get("operationId")).as(method + " " + path + " operationId")
                    .matches("[a-z]+[A-Z][A-Za-z]*");
            assertThat(operationIds.add(operation.get("operationId"))).as("unique " + operation.get("operationId")).isTrue();
            assertThat(operation.get("summary")).as(method + " " + path + " summary").isNotNull();
            assertThat(operation.get("tags")).as(method + " " + path + " tags").isNotNull();
            java.util.Map<String, Object> responses = (java.util.Map<String, Object>) operation.get("responses");
            assertThat(responses).as(method + " " + path + " responses").containsKeys("406", "500");
            assertThat(responses.keySet()).as(method + " " + path + " success").anyMatch(status -> status.startsWith("2"));
        }));
    }

    @Test
    @SuppressWarnings("unchecked")
    void staffOperationsNameTheirSecuritySchemeSoSwaggerUiCanAuthorize() {
        var document = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200).extract();
        java.util.Map<String, Object> schemes = document.path("components.securitySchemes");
        assertThat(schemes).containsOnlyKeys("bearer", "apiKey");
        assertThat(document.<String>path("components.securitySchemes.bearer.scheme")).isEqualTo("bearer");
        assertThat(document.<String>path("components.securitySchemes.apiKey.name")).isEqualTo("X-API-Key");
        java.util.Map<String, java.util.Map<String, java.util.Map<String, Object>>> paths = document.path("paths");
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            boolean write = !method.equals("get") && !path.equals("/api/v1/auth/token") && !path.contains("comments");
            if (write || path.startsWith("/api/v1/staff") || path.startsWith("/api/v1/api-keys")
                    || path.startsWith("/api/v1/moderation")) {
                assertThat(operation.get("security").toString()).as(method + " " + path).isEqualTo("[{bearer=[]}]");
                assertThat((java.util.Map<String, Object>) operation.get("responses")).as(method + " " + path)
                        .containsKeys("401", "403");
            }
        }));
    }
}
