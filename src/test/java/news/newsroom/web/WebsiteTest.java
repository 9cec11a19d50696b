package news.newsroom.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebsiteTest {

    private final Website website = new Website("https://newsroom.example/");

    @Test
    void articleAddressesCarryTheirSlugPercentEncodedAsUrlEncoderEncodesIt() {
        for (String slug : List.of("لجنة-الانتخابات-تعلن-جدول-الاقتراع", "٢٠٢٥-موازنة", "a b", "x~y!'()+&=",
                "A-Z_0.9*", "café-😀", "\uD800x")) {
            assertThat(website.article(42, slug)).as(slug).isEqualTo("https://newsroom.example/articles/42/"
                    + URLEncoder.encode(slug, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        assertThat(website.articleIdentity(42)).isEqualTo("https://newsroom.example/articles/42");
    }

    @Test
    void pagesOfSectionsAuthorsAndTagsCarryTheirSlugsPercentEncoded() {
        assertThat(website.base()).isEqualTo("https://newsroom.example");
        assertThat(website.home()).isEqualTo("https://newsroom.example/");
        assertThat(website.section("economy")).isEqualTo("https://newsroom.example/sections/economy");
        assertThat(website.author("lina-khoury")).isEqualTo("https://newsroom.example/authors/lina-khoury");
        assertThat(website.tag("الطاقة-الشمسية"))
                .isEqualTo("https://newsroom.example/tags/%D8%A7%D9%84%D8%B7%D8%A7%D9%82%D8%A9-%D8%A7%D9%84%D8%B4%D9%85%D8%B3%D9%8A%D8%A9");
        assertThat(website.sections()).isEqualTo("https://newsroom.example/sections/");
    }
}
