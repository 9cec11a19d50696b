package news.newsroom.devdb;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigValue;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class FallbackDecisionTest {

    private static final List<String> DEV = List.of("dev");

    @Test
    void devModeStartsAnEmbeddedServerWhenNothingAnswersOnTheDefaultAddress() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }

        FallbackDecision decision = FallbackDecision.of(DEV, FallbackDecision.DEFAULT_URL, closed);

        assertThat(decision.startEmbedded()).isTrue();
        assertThat(decision.reason()).isEqualTo("nothing answers on localhost:" + closed);
    }

    @Test
    void aServerThatAnswersAlwaysWins() throws IOException {
        try (ServerSocket listening = new ServerSocket(0)) {
            FallbackDecision decision = FallbackDecision.of(DEV, FallbackDecision.DEFAULT_URL, listening.getLocalPort());

            assertThat(decision.startEmbedded()).isFalse();
            assertThat(decision.reason()).startsWith("PostgreSQL answers");
        }
    }

    @Test
    void aConfiguredUrlAlwaysWinsEvenWhenItsServerIsDown() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }

        FallbackDecision decision = FallbackDecision.of(DEV, "jdbc:postgresql://db.internal:5432/newsroom", closed);

        assertThat(decision.startEmbedded()).isFalse();
        assertThat(decision.reason()).isEqualTo("a datasource URL is configured");
    }

    @Test
    void productionAndTestsNeverStartOne() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }

        assertThat(FallbackDecision.of(List.of("prod"), FallbackDecision.DEFAULT_URL, closed).startEmbedded()).isFalse();
        assertThat(FallbackDecision.of(List.of("test"), FallbackDecision.DEFAULT_URL, closed).startEmbedded()).isFalse();
        assertThat(FallbackDecision.of(List.of(), FallbackDecision.DEFAULT_URL, closed).startEmbedded()).isFalse();
    }

    @Test
    void outsideDevModeTheConfigSourceFactoryAddsNothing() {
        Iterable<?> sources = new DevDatabaseFallback().getConfigSources(context(List.of("prod"),
                FallbackDecision.DEFAULT_URL));

        assertThat(sources).isEmpty();
        assertThat(System.getProperty(DevDatabaseFallback.URL_PROPERTY)).isNull();
    }

    private static ConfigSourceContext context(List<String> profiles, String url) {
        return new ConfigSourceContext() {
            @Override
            public ConfigValue getValue(String name) {
                return ConfigValue.builder().withName(name).withValue(DevDatabaseFallback.URL_PROPERTY.equals(name) ? url : null)
                        .build();
            }

            @Override
            public List<String> getProfiles() {
                return profiles;
            }

            @Override
            public Iterator<String> iterateNames() {
                return List.of(DevDatabaseFallback.URL_PROPERTY).iterator();
            }
        };
    }
}
