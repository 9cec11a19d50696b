package news.newsroom.integration.sitemap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.ConfigValidationException;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.validator.BeanValidationConfigValidator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Duration;
import java.util.Map;
import news.newsroom.NewsroomConfig;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sitemap page size is checked when the configuration is read, as at start-up (Quarkus validates config
 * mappings with Hibernate Validator): the protocol's 50,000 URLs at most, and at least one. Built here with
 * SmallRye Config and the same validator, without starting the application.
 */
class SitemapPageSizeTest {

    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory().getValidator();

    @ParameterizedTest
    @ValueSource(ints = {1, 10_000, 50_000})
    void aPageSizeWithinTheProtocolsLimitIsTaken(int size) {
        assertThat(configWithPageSize(size).getConfigMapping(NewsroomConfig.class).sitemaps().pageSize())
                .isEqualTo(size);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 50_001, 1_000_000})
    void aPageSizeBeyondTheProtocolsLimitIsRefusedWhenTheConfigurationIsRead(int size) {
        assertThatThrownBy(() -> configWithPageSize(size))
                .isInstanceOf(ConfigValidationException.class)
                .hasMessageContaining("newsroom.sitemaps.page-size");
    }

    private static SmallRyeConfig configWithPageSize(int size) {
        return new SmallRyeConfigBuilder()
                .withMapping(NewsroomConfig.class)
                // Durations as Quarkus reads them ("15s" as well as "PT15S"), as the service's defaults are written.
                .withConverter(Duration.class, 200, new DurationConverter())
                .withValidator((BeanValidationConfigValidator) () -> VALIDATOR)
                .withSources(new PropertiesConfigSource(Map.of("newsroom.sitemaps.page-size", String.valueOf(size)),
                        "test", 500))
                .build();
    }
}
