package news.newsroom.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OperationalEndpointsTest {

    @Test
    void readinessChecksTheDatabase() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", is("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void metricsArePrometheusText() {
        given().when().get("/api/v1/sections").then().statusCode(200);
        given().accept("text/plain").when().get("/q/metrics")
                .then().statusCode(200)
                .contentType(containsString("text/plain"))
                .body(containsString("http_server_requests_seconds_count"));
    }

    @Test
    void theBareHostLeadsToSwaggerUi() {
        given().redirects().follow(false).when().get("/")
                .then().statusCode(303)
                .header("Location", endsWith("/q/swagger-ui/"));
        given().when().get("/q/swagger-ui/")
                .then().statusCode(200)
                .contentType(containsString("text/html"));
    }
}
