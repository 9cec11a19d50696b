package news.newsroom.integration.embed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmbedSizeTest {

    @Test
    void withoutLimitsTheEmbedTakesItsPreferredBox() {
        assertThat(EmbedSize.ofEmbed(null, null)).isEqualTo(new EmbedSize(600, 300));
    }

    @Test
    void aNarrowerBoxIsTallerForTheSameTextUpToALimit() {
        assertThat(EmbedSize.ofEmbed(300, null)).isEqualTo(new EmbedSize(300, 600));
        assertThat(EmbedSize.ofEmbed(1, null)).isEqualTo(new EmbedSize(1, 900));
        assertThat(EmbedSize.ofEmbed(2_000, null)).isEqualTo(new EmbedSize(600, 300));
    }

    @Test
    void theBoxStaysWithinMaxWidthAndMaxHeight() {
        assertThat(EmbedSize.ofEmbed(400, 200)).isEqualTo(new EmbedSize(400, 200));
        assertThat(EmbedSize.ofEmbed(null, 1)).isEqualTo(new EmbedSize(600, 1));
    }

    @Test
    void theThumbnailIsScaledDownToFitKeepingItsProportions() {
        assertThat(EmbedSize.ofThumbnail(null, null)).isEqualTo(new EmbedSize(1_200, 675));
        assertThat(EmbedSize.ofThumbnail(600, null)).isEqualTo(new EmbedSize(600, 337));
        assertThat(EmbedSize.ofThumbnail(600, 135)).isEqualTo(new EmbedSize(240, 135));
        assertThat(EmbedSize.ofThumbnail(5_000, 5_000)).isEqualTo(new EmbedSize(1_200, 675));
        assertThat(EmbedSize.ofThumbnail(1, 1)).isEqualTo(new EmbedSize(1, 1));
    }
}
