package news.newsroom.bench;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The benchmark ceiling is exact in size, and absent outside the bench profile. */
@QuarkusTest
class ConstantBodyResourceTest {

    @ParameterizedTest(name = "{0} bytes")
    @ValueSource(ints = {16, 100, 4_321, 65_536})
    void theBodyIsValidJsonOfExactlyTheAskedSize(int size) throws Exception {
        byte[] body = ConstantBodyResource.body(size);

        assertThat(body).hasSize(size);
        assertThat(new ObjectMapper().readTree(body).get("padding").asText()).hasSize(size - 14);
    }

    @Test
    void outsideTheBenchProfileItIsAnUnknownPath() {
        given().when().get("/bench/constant?bytes=100").then()
                .statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("status", is(404));
    }
}
