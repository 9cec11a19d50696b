package news.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RenamedSettingsTest {

    private static SmallRyeConfig configWith(Map<String, String> properties) {
        return new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(properties, "test", 100))
                .withInterceptors(new RenamedSettings())
                .build();
    }

    @Test
    void aDeploymentThatSetsTheFormerNameKeepsItsValue() {
        SmallRyeConfig config = configWith(Map.of("newsroom.search.kept-summaries", "5000"));

        assertThat(config.getOptionalValue("newsroom.search.cached-summaries", Integer.class)).contains(5000);
    }

    @Test
    void theNewNameWinsWhenBothAreSet() {
        SmallRyeConfig config = configWith(Map.of("newsroom.search.kept-summaries", "5000",
                "newsroom.search.cached-summaries", "7000"));

        assertThat(config.getOptionalValue("newsroom.search.cached-summaries", Integer.class)).contains(7000);
    }
}
