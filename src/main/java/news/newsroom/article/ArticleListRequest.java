package news.newsroom.article;

import java.util.List;

/** An article list request as sent: search words, filter slugs and raw values, checked by {@link ArticleQueries}. */
public record ArticleListRequest(String q, String section, List<String> tags, String author, String from, String to,
        String sort, String status) {
}
