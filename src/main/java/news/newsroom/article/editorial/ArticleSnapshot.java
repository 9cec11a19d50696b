package news.newsroom.article.editorial;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import news.newsroom.article.body.Block;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import news.newsroom.article.Article;
import news.newsroom.article.ImageView;

/** The whole editable state of an article at one version, as stored in its revision history. */
@Schema(name = "ArticleSnapshot", description = "The full state of an article after one saved change.")
public record ArticleSnapshot(
        @Schema(required = true) String title,
        @Schema(nullable = true) String subtitle,
        @Schema(nullable = true) String excerpt,
        @Schema(required = true) String slug,
        @Schema(required = true) String sectionSlug,
        @Schema(required = true) List<String> tags,
        @Schema(required = true) List<String> authorSlugs,
        @Schema(description = "Absent when there is no picture.") @JsonInclude(JsonInclude.Include.NON_NULL)
        ImageView featuredImage,
        @Schema(required = true) List<Block> blocks,
        @Schema(required = true, enumeration = {"draft", "scheduled", "published", "archived"}) String status,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "Absent when not set.") Instant publishedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "Absent when not set.") Instant scheduledAt,
        @Schema(required = true) boolean commentsOpen) {

    static ArticleSnapshot of(Article article) {
        return new ArticleSnapshot(article.getTitle(), article.getSubtitle(), article.getExcerpt(), article.getSlug(),
                article.getSection().getSlug(),
                article.getTags().stream().map(tag -> tag.getName()).sorted().toList(),
                article.getAuthors().stream().map(author -> author.getSlug()).toList(),
                ImageView.of(article.getFeaturedImage()), List.copyOf(article.getBlocks()),
                article.getStatus().wireName(), article.getPublishedAt(), article.getScheduledAt(),
                article.isCommentsOpen());
    }

    /** The names of the fields that differ from {@code before}. */
    List<String> changedSince(ArticleSnapshot before) {
        if (before == null) {
            return List.of();
        }
        List<String> changed = new java.util.ArrayList<>();
        compare(changed, "title", title, before.title);
        compare(changed, "subtitle", subtitle, before.subtitle);
        compare(changed, "excerpt", excerpt, before.excerpt);
        compare(changed, "slug", slug, before.slug);
        compare(changed, "section", sectionSlug, before.sectionSlug);
        compare(changed, "tags", tags, before.tags);
        compare(changed, "authors", authorSlugs, before.authorSlugs);
        compare(changed, "featuredImage", featuredImage, before.featuredImage);
        compare(changed, "body", blocks, before.blocks);
        compare(changed, "status", status, before.status);
        compare(changed, "publishedAt", publishedAt, before.publishedAt);
        compare(changed, "scheduledAt", scheduledAt, before.scheduledAt);
        compare(changed, "commentsOpen", commentsOpen, before.commentsOpen);
        return changed;
    }

    private static void compare(List<String> changed, String name, Object now, Object then) {
        if (!java.util.Objects.equals(now, then)) {
            changed.add(name);
        }
    }
}
