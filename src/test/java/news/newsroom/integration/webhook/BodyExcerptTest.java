package news.newsroom.integration.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("BodyExcerpt: the first 4 KB of a response as text a database can store")
class BodyExcerptTest {

    @Test
    void keepsTheFirst4096BytesAndSaysWhenFull() {
        BodyExcerpt excerpt = new BodyExcerpt();

        assertThat(excerpt.add("a".repeat(4000).getBytes(StandardCharsets.US_ASCII))).isFalse();
        assertThat(excerpt.add("b".repeat(200).getBytes(StandardCharsets.US_ASCII))).isTrue();

        assertThat(excerpt.text()).isEqualTo("a".repeat(4000) + "b".repeat(96));
    }

    @Test
    void anArabicCharacterCutAtTheLimitIsDropped() {
        BodyExcerpt excerpt = new BodyExcerpt();
        // 4095 bytes of ASCII, then a two-byte letter of which only the first byte fits.
        excerpt.add(("x".repeat(4095) + "خبر").getBytes(StandardCharsets.UTF_8));

        assertThat(excerpt.text()).isEqualTo("x".repeat(4095));
    }

    @Test
    void nulIsRemovedAndBadBytesAreReplaced() {
        BodyExcerpt excerpt = new BodyExcerpt();
        excerpt.add(new byte[] {'o', 0, 'k', (byte) 0xff, '!'});

        assertThat(excerpt.text()).isEqualTo("ok\uFFFD!");
    }

    @Test
    void replacedBytesNeverMakeTheTextLongerThan4096BytesOfUtf8() {
        BodyExcerpt excerpt = new BodyExcerpt();
        byte[] binary = new byte[8192];
        java.util.Arrays.fill(binary, (byte) 0xff);
        excerpt.add(binary);

        assertThat(excerpt.text().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(BodyExcerpt.LIMIT);
        assertThat(excerpt.text()).isNotEmpty().matches("\uFFFD+");
    }

    @Test
    void anEmptyBodyIsAnEmptyExcerpt() {
        assertThat(new BodyExcerpt().text()).isEmpty();
    }
}
