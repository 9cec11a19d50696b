package news.newsroom.article;

/** The articles a staff list shows instead of the published ones: those in one status, or the deleted ones. */
public enum ArticleListStatus {
    DRAFT, SCHEDULED, PUBLISHED, ARCHIVED, DELETED;

    /** The status listed; null for deleted articles, which keep the status they had. */
    public ArticleStatus status() {
        return this == DELETED ? null : ArticleStatus.valueOf(name());
    }
}
