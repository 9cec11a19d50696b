package news.newsroom.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import news.newsroom.NewsroomConfig;

/**
 * Addresses of pages on the public website ({@code newsroom.site-base-url}), which every output that links to
 * the site (article JSON, feeds, sitemaps, structured data, oEmbed) builds here, so they all name a page alike.
 * Slugs are percent-encoded UTF-8, so Arabic slugs make ASCII URLs.
 */
@ApplicationScoped
public class Website {

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

    private final String base;

    @Inject
    public Website(NewsroomConfig config) {
        this(config.siteBaseUrl());
    }

    public Website(String siteBaseUrl) {
        this.base = siteBaseUrl.replaceAll("/+$", "");
    }

    /** The site's address without a trailing slash, as configured. */
    public String base() {
        return base;
    }

    /** The home page, with its slash. */
    public String home() {
        return base + "/";
    }

    /** The canonical page of an article: stable id first, readable slug after. */
    public String article(long id, String slug) {
        return articleIdentity(id) + "/" + pathSegment(slug);
    }

    /** An article's identity, which outlives its title and slug: feeds' item ids and RSS guids. */
    public String articleIdentity(long id) {
        return base + "/articles/" + id;
    }

    public String sections() {
        return base + "/sections/";
    }

    public String tags() {
        return base + "/tags/";
    }

    public String authors() {
        return base + "/authors/";
    }

    public String section(String slug) {
        return sections() + pathSegment(slug);
    }

    public String tag(String slug) {
        return tags() + pathSegment(slug);
    }

    public String author(String slug) {
        return authors() + pathSegment(slug);
    }

    /**
     * A slug as one segment of a URL path: {@code URLEncoder.encode(slug, UTF_8)} with spaces as {@code %20},
     * written out byte by byte, because a sitemap page builds thousands of these and URLEncoder converts each
     * run of Arabic letters through an intermediate writer.
     */
    public static String pathSegment(String slug) {
        byte[] utf8 = slug.getBytes(StandardCharsets.UTF_8);
        byte[] encoded = new byte[utf8.length * 3];
        int length = 0;
        for (byte b : utf8) {
            int c = b & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-'
                    || c == '*' || c == '_') {
                encoded[length++] = b;
            } else {
                encoded[length++] = '%';
                encoded[length++] = HEX[c >> 4];
                encoded[length++] = HEX[c & 0xF];
            }
        }
        return new String(encoded, 0, length, StandardCharsets.US_ASCII);
    }
}
