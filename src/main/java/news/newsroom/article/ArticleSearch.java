package news.newsroom.article;

import java.util.function.Supplier;
import news.newsroom.web.PageRequest;
import news.newsroom.web.Versioned;

/**
 * The archive search behind {@code GET /api/v1/articles?q=}: an article list whose items match words. Implemented
 * by the search subsystem ({@code news.newsroom.search}), which depends on articles, not the other way round.
 */
public interface ArticleSearch {

    /**
     * One page of the articles matching {@code q} and the list filters, with highlights. The filters are resolved
     * only when the search runs: a search may wait its turn first, and should not hold database work meanwhile.
     */
    Versioned<ArticlePage> search(String q, Supplier<ArticleQuery> filters, PageRequest page);
}
