package news.newsroom.integration.feed;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import news.newsroom.NewsroomConfig;

/**
 * Addresses of pages on the public website ({@code newsroom.site-base-url}) that feeds link to. Slugs are
 * percent-encoded (UTF-8), so Arabic slugs make ASCII URLs, as article URLs are (article.ArticleViews).
 */
@ApplicationScoped
public class WebsitePages {

    private final String site;

    public WebsitePages(NewsroomConfig config) {
        this.site = config.siteBaseUrl().replaceAll("/+$", "");
    }

    public String home() {
        return site + "/";
    }

    /** An article's identity, which outlives its title and slug: the feeds' item id and RSS guid. */
    public String articleId(long id) {
        return site + "/articles/" + id;
    }

    public String sections() {
        return site + "/sections/";
    }

    public String tags() {
        return site + "/tags/";
    }

    public String authors() {
        return site + "/authors/";
    }

    public String section(String slug) {
        return sections() + encode(slug);
    }

    public String tag(String slug) {
        return tags() + encode(slug);
    }

    public String author(String slug) {
        return authors() + encode(slug);
    }

    private static String encode(String slug) {
        return URLEncoder.encode(slug, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
