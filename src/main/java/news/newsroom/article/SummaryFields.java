package news.newsroom.article;

import java.time.Instant;
import java.util.List;
import news.newsroom.author.AuthorRef;
import news.newsroom.section.SectionRef;
import news.newsroom.tag.TagRef;

/**
 * What an article summary is made of: taken from a loaded article, or read by one SQL statement for a page of
 * search hits ({@code search.HitRepository#summaryFieldsOf}), which costs a fraction of loading the entities with
 * their sections, bylines and tags.
 *
 * @param authors the byline in its order
 * @param tags    in any order (the summary sorts them by name)
 * @param image   null when the article has no featured image
 */
public record SummaryFields(long id, String slug, String title, String subtitle, String excerpt, SectionRef section,
        List<AuthorRef> authors, List<TagRef> tags, Instant publishedAt, Instant updatedAt, ImageView image,
        int wordCount, int commentCount, ArticleStatus status, Instant submittedAt) {

    /** The fields of a loaded article, its section, authors and tags fetched. */
    static SummaryFields of(Article article) {
        return new SummaryFields(article.getId(), article.getSlug(), article.getTitle(), article.getSubtitle(),
                article.getExcerpt(), SectionRef.of(article.getSection()),
                article.getAuthors().stream().map(AuthorRef::of).toList(),
                article.getTags().stream().map(TagRef::of).toList(), article.getPublishedAt(),
                article.getUpdatedAt(), ImageView.of(article.getFeaturedImage()), article.getWordCount(),
                article.getCommentCount(), article.getStatus(), article.getSubmittedAt());
    }
}
