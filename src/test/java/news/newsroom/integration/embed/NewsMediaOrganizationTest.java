package news.newsroom.integration.embed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The publisher as structured data names it: with the configured logo and its size, or with no logo at all. */
class NewsMediaOrganizationTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aConfiguredLogoIsAnImageObjectWithItsSize() {
        Outlet outlet = new Outlet("غرفة الأخبار", "https://newsroom.example",
                "https://media.newsroom.example/logo.png", 600, 60);

        JsonNode publisher = json.valueToTree(NewsMediaOrganization.of(outlet));

        assertThat(publisher.get("@type").asText()).isEqualTo("NewsMediaOrganization");
        assertThat(publisher.get("name").asText()).isEqualTo("غرفة الأخبار");
        assertThat(publisher.get("url").asText()).isEqualTo("https://newsroom.example");
        assertThat(publisher.get("logo").get("@type").asText()).isEqualTo("ImageObject");
        assertThat(publisher.get("logo").get("url").asText()).isEqualTo("https://media.newsroom.example/logo.png");
        assertThat(publisher.get("logo").get("width").asInt()).isEqualTo(600);
        assertThat(publisher.get("logo").get("height").asInt()).isEqualTo(60);
    }

    @Test
    void withoutALogoThePropertyIsLeftOut() {
        Outlet outlet = new Outlet("غرفة الأخبار", "https://newsroom.example", null, 600, 60);

        JsonNode publisher = json.valueToTree(NewsMediaOrganization.of(outlet));

        assertThat(publisher.has("logo")).isFalse();
        assertThat(publisher.get("name").asText()).isEqualTo("غرفة الأخبار");
    }
}
