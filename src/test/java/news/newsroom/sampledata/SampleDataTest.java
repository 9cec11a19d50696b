package news.newsroom.sampledata;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import news.newsroom.article.body.BlockRenderer;
import news.newsroom.article.body.HeadingBlock;
import news.newsroom.article.body.ImageBlock;
import news.newsroom.article.body.ListBlock;
import news.newsroom.article.body.QuoteBlock;
import news.newsroom.support.TestContent;
import news.newsroom.support.OpenApiValidation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The sample set is what the README promises, loads idempotently, and keeps its drafts private. */
@QuarkusTest
@ExtendWith(OpenApiValidation.class)
class SampleDataTest {

    @Inject
    TestContent content;

    @Inject
    SampleDataLoader loader;

    @Inject
    ObjectMapper objectMapper;

    @BeforeEach
    void emptySchema() {
        content.clear();
    }

    @Test
    void theSampleSetIsRealisticArabicContent() throws IOException {
        SampleContent.Taxonomy taxonomy = read(SampleDataLoader.TAXONOMY, new TypeReference<>() {
        });
        assertThat(taxonomy.sections()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(taxonomy.sections()).anyMatch(section -> section.parent() != null);
        assertThat(taxonomy.authors()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(taxonomy.tags()).hasSizeGreaterThanOrEqualTo(20);

        List<SampleContent.SampleArticle> articles = new ArrayList<>();
        for (String file : SampleDataLoader.ARTICLE_FILES) {
            articles.addAll(read(file, new TypeReference<List<SampleContent.SampleArticle>>() {
            }));
        }
        List<SampleContent.SampleArticle> published = articles.stream().filter(a -> "published".equals(a.status())).toList();
        assertThat(published).hasSizeGreaterThanOrEqualTo(40);
        assertThat(articles.stream().filter(a -> "draft".equals(a.status()))).hasSize(2);
        Set<Integer> days = new HashSet<>();
        for (SampleContent.SampleArticle article : articles) {
            assertThat(BlockRenderer.wordCount(article.blocks())).as(article.title()).isBetween(300, 900);
            assertThat(article.blocks()).as(article.title()).hasAtLeastOneElementOfType(HeadingBlock.class)
                    .hasAtLeastOneElementOfType(ListBlock.class).hasAtLeastOneElementOfType(QuoteBlock.class);
            days.add(article.daysAgo());
        }
        assertThat(published).anyMatch(a -> a.blocks().stream().anyMatch(ImageBlock.class::isInstance));
        assertThat(days.stream().mapToInt(Integer::intValue).max().orElse(0)).isBetween(45, 60);
    }

    @Test
    void loadingTwiceAddsNothingTheSecondTime() {
        int first = loader.load();
        int second = loader.load();
        assertThat(first).isEqualTo(42);
        assertThat(second).isZero();
        given().when().get("/api/v1/articles").then().statusCode(200).body("total", is(40));
        given().when().get("/api/v1/sections").then().statusCode(200).body("total", is(10));
        given().when().get("/api/v1/tags").then().statusCode(200).body("total", is(20));
        given().when().get("/api/v1/authors").then().statusCode(200).body("total", is(6));
    }

    @Test
    void sampleDraftsNeverAppearPublicly() {
        loader.load();
        List<String> titles = given().queryParam("limit", 100).when().get("/api/v1/articles")
                .then().statusCode(200).extract().path("items.title");
        List<SampleContent.SampleArticle> drafts = new ArrayList<>();
        for (String file : SampleDataLoader.ARTICLE_FILES) {
            read(file, new TypeReference<List<SampleContent.SampleArticle>>() {
            }).stream().filter(a -> "draft".equals(a.status())).forEach(drafts::add);
        }
        assertThat(drafts).hasSize(2);
        drafts.forEach(draft -> assertThat(titles).doesNotContain(draft.title()));
    }

    private <T> T read(String resource, TypeReference<T> type) {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            return objectMapper.readValue(in, type);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
