package news.newsroom.integration.embed;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import news.newsroom.article.Article;
import news.newsroom.article.ArticleRepository;
import news.newsroom.article.ArticleSummary;
import news.newsroom.article.ArticleViews;
import news.newsroom.author.Author;
import news.newsroom.section.Section;
import news.newsroom.section.SectionRef;
import news.newsroom.tag.Tag;

/** Reads published articles for structured data and embeds: the summary fields and the sections above. */
@ApplicationScoped
public class EmbeddedArticles {

    private final ArticleRepository articles;
    private final ArticleViews views;

    public EmbeddedArticles(ArticleRepository articles, ArticleViews views) {
        this.articles = articles;
        this.views = views;
    }

    /** The published article with this id; empty for any other status, a deleted article or an unknown id. */
    public Optional<EmbeddedArticle> findPublished(long id) {
        return articles.findPublishedById(id).map(this::embedded);
    }

    private EmbeddedArticle embedded(Article article) {
        articles.fetchBylinesAndTags(List.of(article));
        ArticleSummary summary = views.summary(article);
        List<Section> path = sectionPath(article.getSection());
        String description = summary.excerpt() != null && !summary.excerpt().isBlank() ? summary.excerpt()
                : summary.subtitle() != null && !summary.subtitle().isBlank() ? summary.subtitle() : null;
        return new EmbeddedArticle(summary.id(), summary.title(), description, summary.publishedAt(),
                summary.updatedAt(), summary.url(), summary.featuredImage(),
                path.stream().map(SectionRef::of).toList(), summary.authors(), summary.tags(),
                lastChangeOf(article, path));
    }

    /** The section and those above it, the top one first; a parent loop (which edits refuse) ends the walk. */
    private static List<Section> sectionPath(Section section) {
        List<Section> path = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (Section current = section; current != null && seen.add(current.getId()); current = current.getParent()) {
            path.add(current);
        }
        Collections.reverse(path);
        return path;
    }

    /** Breadcrumbs, bylines and keywords show sections, authors and tags: the newest change among them counts. */
    private static Instant lastChangeOf(Article article, List<Section> path) {
        return Stream.of(Stream.of(article.getUpdatedAt()), path.stream().map(Section::getUpdatedAt),
                        article.getAuthors().stream().map(Author::getUpdatedAt),
                        article.getTags().stream().map(Tag::getUpdatedAt))
                .flatMap(times -> times)
                .max(Instant::compareTo)
                .orElseThrow();
    }
}
