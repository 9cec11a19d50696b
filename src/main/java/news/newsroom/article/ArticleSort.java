package news.newsroom.article;

/** Orders of a public article list; both are keyset-paged on (publishedAt, id). */
public enum ArticleSort {
    NEWEST, OLDEST
}
