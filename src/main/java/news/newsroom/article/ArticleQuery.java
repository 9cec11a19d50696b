package news.newsroom.article;

import java.time.Instant;
import java.util.List;

/**
 * The filters of a public article list, already resolved to ids: sections (a section and its
 * subsections), tags (all must match), an author, and a publication-time window [from, to).
 */
public record ArticleQuery(List<Long> sectionIds, List<Long> tagIds, Long authorId, Instant from, Instant to,
        ArticleSort sort) {

    public ArticleQuery {
        sectionIds = sectionIds == null ? List.of() : List.copyOf(sectionIds);
        tagIds = tagIds == null ? List.of() : List.copyOf(tagIds);
    }
}
