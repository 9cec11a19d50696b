package news.newsroom.article;

/**
 * Orders of an article list. NEWEST and OLDEST are keyset-paged on (publishedAt, id); RELEVANCE, the default of
 * a search, on (score, publishedAt, id).
 */
public enum ArticleSort {
    NEWEST, OLDEST, RELEVANCE
}
