package news.newsroom.article;

import java.time.Instant;
import java.util.List;

/**
 * The filters of an article list, already resolved to ids: sections (a section and its subsections), tags
 * (all must match), an author, a publication-time window [from, to), and for staff a status (published when
 * null), deleted articles (admins), or only the articles bylined to one author (what authors may see).
 */
public record ArticleQuery(List<Long> sectionIds, List<Long> tagIds, Long authorId, Instant from, Instant to,
        ArticleSort sort, ArticleStatus status, boolean deleted, Long visibleToAuthorId) {

    public ArticleQuery {
        sectionIds = sectionIds == null ? List.of() : List.copyOf(sectionIds);
        tagIds = tagIds == null ? List.of() : List.copyOf(tagIds);
        status = status == null ? ArticleStatus.PUBLISHED : status;
    }

    /** The same filters in another order (the order does not change what a count counts). */
    public ArticleQuery withSort(ArticleSort other) {
        return new ArticleQuery(sectionIds, tagIds, authorId, from, to, other, status, deleted, visibleToAuthorId);
    }

    /** Published lists are ordered by publication time; desk lists (drafts...) by when they were created. */
    public boolean publicList() {
        return status == ArticleStatus.PUBLISHED && !deleted;
    }
}
