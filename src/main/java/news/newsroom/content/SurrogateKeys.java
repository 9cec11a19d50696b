package news.newsroom.content;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalLong;

/**
 * Names of what a response depends on, for the {@code Surrogate-Key} header, so a CDN can purge exactly the
 * responses a change affects: {@code article-42}, {@code section-economy}, {@code tag-%D8%A7...}. Header
 * values must be ASCII, so Arabic slugs are percent-encoded.
 */
public final class SurrogateKeys {

    /** Every list or count of articles: article lists, search, related articles. */
    public static final String ARTICLE_LISTS = "articles";
    /**
     * The published articles' titles and slugs, which title suggestions show: changed by a change to an article,
     * not by a comment (which changes the comment counts lists show).
     */
    public static final String TITLES = "titles";
    public static final String SECTIONS = "sections";
    public static final String AUTHORS = "authors";
    public static final String TAGS = "tags";
    private static final String ARTICLE_PREFIX = "article-";
    private static final String SECTION_PREFIX = "section-";
    private static final String AUTHOR_PREFIX = "author-";
    private static final String TAG_PREFIX = "tag-";

    private SurrogateKeys() {
    }

    /**
     * What a change to one article can alter: its own pages, every article list (it may enter, leave or move),
     * the titles suggested, and the article counts of sections, authors and tags.
     */
    public static List<String> articleChanged(long id) {
        return List.of(article(id), ARTICLE_LISTS, TITLES, SECTIONS, AUTHORS, TAGS);
    }

    /** What a comment becoming visible or hidden alters: the thread, and the article's comment count. */
    public static List<String> commentsChanged(long articleId) {
        return List.of(comments(articleId), article(articleId), ARTICLE_LISTS);
    }

    /**
     * A section's pages under each of its slugs (old and new on a rename), the pages of its articles (they show
     * its name), and the lists that show it.
     */
    public static List<String> sectionChanged(String... slugs) {
        return changed(SurrogateKeys::section, SECTIONS, slugs);
    }

    public static List<String> authorChanged(String... slugs) {
        return changed(SurrogateKeys::author, AUTHORS, slugs);
    }

    public static List<String> tagChanged(String... slugs) {
        return changed(SurrogateKeys::tag, TAGS, slugs);
    }

    private static List<String> changed(java.util.function.UnaryOperator<String> key, String group, String... slugs) {
        List<String> keys = new java.util.ArrayList<>(List.of(group, ARTICLE_LISTS));
        for (String slug : slugs) {
            keys.add(key.apply(slug));
        }
        return keys;
    }

    public static String comments(long articleId) {
        return "comments-" + articleId;
    }

    public static String article(long id) {
        return ARTICLE_PREFIX + id;
    }

    public static String section(String slug) {
        return SECTION_PREFIX + encode(slug);
    }

    public static String author(String slug) {
        return AUTHOR_PREFIX + encode(slug);
    }

    public static String tag(String slug) {
        return TAG_PREFIX + encode(slug);
    }

    /** The article an {@code article-42} key names; empty for any other key. */
    public static OptionalLong articleOf(String key) {
        if (!key.startsWith(ARTICLE_PREFIX)) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(key.substring(ARTICLE_PREFIX.length())));
        } catch (NumberFormatException notAnId) {
            return OptionalLong.empty();
        }
    }

    /** Whether the key names one section, author or tag: what every article summary shows the name of. */
    public static boolean namesSectionAuthorOrTag(String key) {
        return key.startsWith(SECTION_PREFIX) || key.startsWith(AUTHOR_PREFIX) || key.startsWith(TAG_PREFIX);
    }

    private static String encode(String slug) {
        return URLEncoder.encode(slug, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
