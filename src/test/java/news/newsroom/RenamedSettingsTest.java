package news.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The test profile sets {@code newsroom.search.kept-summaries}, the former name of {@code cached-summaries}. */
@QuarkusTest
class RenamedSettingsTest {

    @Inject
    NewsroomConfig config;

    @Test
    void theApplicationReadsASettingUnderItsFormerName() {
        assertThat(config.search().summariesToCache()).isEqualTo(19_999);
    }
}
