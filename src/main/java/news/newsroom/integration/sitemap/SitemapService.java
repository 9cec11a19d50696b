package news.newsroom.integration.sitemap;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import news.newsroom.NewsroomConfig;
import news.newsroom.content.ContentClock;
import news.newsroom.integration.sitemap.SitemapRepository.ArticlePage;
import news.newsroom.integration.sitemap.SitemapRepository.NewsArticle;
import news.newsroom.integration.sitemap.SitemapRepository.PageArticle;
import news.newsroom.integration.sitemap.SitemapRepository.SectionPage;
import news.newsroom.web.Versioned;
import news.newsroom.web.Website;

/**
 * The sitemaps search engines read: the Google News sitemap of the last two days, the article sitemap in pages
 * of {@code newsroom.sitemaps.page-size} ids, the sections, and the index of them all. Every {@code loc} of a
 * page is a website address ({@code newsroom.site-base-url}); published articles only.
 */
@ApplicationScoped
public class SitemapService {

    /** Google News reads articles of the last two days, and at most 1,000 of them from one sitemap. */
    static final Duration NEWS_WINDOW = Duration.ofHours(48);
    static final int NEWS_LIMIT = 1_000;
    /** The language of every article, as the ISO 639 code Google News asks for. */
    static final String NEWS_LANGUAGE = "ar";

    private final SitemapRepository sitemaps;
    private final ContentClock clock;
    private final int pageSize;
    private final String publisher;
    private final Website website;

    public SitemapService(SitemapRepository sitemaps, Website website, ContentClock clock, NewsroomConfig config) {
        this.sitemaps = sitemaps;
        this.clock = clock;
        this.pageSize = config.sitemaps().pageSize();
        this.publisher = config.publisher().name();
        this.website = website;
    }

    /**
     * Articles published in the {@link #NEWS_WINDOW} before {@code now}, newest first, at most {@link #NEWS_LIMIT}.
     * Last-Modified is the content's last change: an article withdrawn from the list changes it too.
     */
    public Versioned<byte[]> news(Instant now) {
        SitemapXml xml = SitemapXml.newsUrlset();
        for (NewsArticle article : sitemaps.findPublishedSince(now.minus(NEWS_WINDOW), NEWS_LIMIT)) {
            xml.newsUrl(website.article(article.id(), article.slug()), publisher, NEWS_LANGUAGE, article.publishedAt(),
                    article.title(), escaped(article.imageUrl()));
        }
        return new Versioned<>(xml.finish(), clock.lastChange());
    }

    /**
     * Page {@code number} of the article sitemap: the published articles with ids {@code [(n-1)·size+1, n·size]},
     * by id; empty when none is published there. Last-Modified is the newest change to any article with those ids,
     * so a withdrawal, which removes a URL, moves it too.
     */
    public Optional<Versioned<byte[]>> articlePage(int number) {
        long first = (number - 1L) * pageSize + 1;
        long last = (long) number * pageSize;
        SitemapXml xml = SitemapXml.urlset();
        Instant lastModified = null;
        try (Stream<PageArticle> articles = sitemaps.streamByIdBetween(first, last)) {
            for (Iterator<PageArticle> rows = articles.iterator(); rows.hasNext(); ) {
                PageArticle article = rows.next();
                if (lastModified == null || article.updatedAt().isAfter(lastModified)) {
                    lastModified = article.updatedAt();
                }
                if (article.published()) {
                    xml.url(website.article(article.id(), article.slug()), article.updatedAt(), escaped(article.imageUrl()));
                }
            }
        }
        if (xml.entries() == 0) {
            return Optional.empty();
        }
        return Optional.of(new Versioned<>(xml.finish(), lastModified));
    }

    /**
     * The index: every article page that lists an article, then the sections, each with when it last changed.
     *
     * @param pageUrl the absolute address of an article page, by number
     * @param sectionsUrl the absolute address of the section sitemap
     */
    public Versioned<byte[]> index(IntFunction<String> pageUrl, String sectionsUrl) {
        SitemapXml xml = SitemapXml.index();
        for (ArticlePage page : sitemaps.findPagesWithPublished(pageSize)) {
            xml.sitemap(pageUrl.apply(page.number()), page.lastModified());
        }
        xml.sitemap(sectionsUrl, sitemaps.findSectionsLastModified());
        return new Versioned<>(xml.finish(), clock.lastChange());
    }

    /** Every section's page on the website, with when it last changed. */
    public Versioned<byte[]> sections() {
        SitemapXml xml = SitemapXml.urlset();
        for (SectionPage section : sitemaps.findSections()) {
            xml.url(website.section(section.slug()), section.lastModified(), null);
        }
        return new Versioned<>(xml.finish(), clock.lastChange());
    }

    /**
     * An address as the sitemap protocol asks for it, with anything beyond printable ASCII (an Arabic file name, a
     * space) percent-encoded as UTF-8; image addresses are stored as editors gave them.
     */
    static String escaped(String url) {
        if (url == null || url.chars().allMatch(c -> c > ' ' && c < 0x7F)) {
            return url;
        }
        StringBuilder out = new StringBuilder(url.length() * 2);
        for (byte b : url.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c > ' ' && c < 0x7F) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }
}
