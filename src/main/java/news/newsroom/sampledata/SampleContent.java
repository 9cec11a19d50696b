package news.newsroom.sampledata;

import java.util.List;
import news.newsroom.article.body.Block;

/** The shape of the sample-data files under {@code src/main/resources/sample-data}. */
final class SampleContent {

    private SampleContent() {
    }

    record Taxonomy(List<SampleSection> sections, List<SampleAuthor> authors, List<SampleTag> tags) {
    }

    record SampleSection(String slug, String name, String description, String parent, int position) {
    }

    record SampleAuthor(String slug, String name, String bio, String avatarUrl) {
    }

    record SampleTag(String name) {
    }

    record SampleImage(String url, String alt, String caption, String credit) {
    }

    record SampleArticle(String title, String subtitle, String excerpt, String section, List<String> authors,
            List<String> tags, int daysAgo, int hour, int minute, String status, boolean commentsOpen,
            SampleImage featuredImage, List<Block> blocks) {
    }
}
