package news.newsroom.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Names of what a response depends on, for the {@code Surrogate-Key} header, so a CDN can purge exactly the
 * responses a change affects: {@code article-42}, {@code section-economy}, {@code tag-%D8%A7...}. Header
 * values must be ASCII, so Arabic slugs are percent-encoded.
 */
public final class SurrogateKeys {

    private SurrogateKeys() {
    }

    public static String article(long id) {
        return "article-" + id;
    }

    public static String section(String slug) {
        return "section-" + encode(slug);
    }

    public static String author(String slug) {
        return "author-" + encode(slug);
    }

    public static String tag(String slug) {
        return "tag-" + encode(slug);
    }

    private static String encode(String slug) {
        return URLEncoder.encode(slug, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
