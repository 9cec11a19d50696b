package news.newsroom.integration.feed;

import java.time.Instant;
import java.util.List;

/**
 * A feed as every format carries it, before it is written as RSS, Atom or JSON Feed. Links are absolute, on the
 * public website, except {@code selfUrl}, the feed's own address on the API host. Instants are whole seconds.
 *
 * @param homePageUrl the website page the feed follows: the home page, or the section's, tag's or author's page
 * @param updated     the newest change among what the feed shows
 * @param publisher   the outlet, as the feed's author
 */
public record Feed(String title, String description, String homePageUrl, String selfUrl, Instant updated,
        Person publisher, List<Item> items) {

    public static final String LANGUAGE = "ar";

    /**
     * One article.
     *
     * @param articleId the article's id in the API
     * @param id        an IRI that never changes, whatever happens to the title or slug, so a reader never shows an
     *                  edited article twice
     * @param url       the article's page on the website
     * @param summary   the excerpt (plain text); null when the article has none
     * @param html      the whole body as HTML, only when the feed was asked for in full; else null
     * @param image     the featured image; null when the article has none
     */
    public record Item(long articleId, String id, String url, String title, String summary, String html,
            Instant published, Instant updated, List<Person> authors, Category section, List<Category> tags,
            Image image) {
    }

    /**
     * A picture: its absolute http(s) address (percent-encoded), and its media type when its name tells it.
     *
     * @param type    {@code image/jpeg}, {@code image/png}...; null when the address does not say
     * @param alt     null when absent, like caption and credit
     */
    public record Image(String url, String type, String alt, String caption, String credit) {
    }

    /** A byline or the publisher: a name and its page on the website. */
    public record Person(String name, String url) {
    }

    /**
     * A section or tag an article is filed under.
     *
     * @param term   the slug, which identifies it
     * @param label  the name readers see
     * @param scheme what kind of category it is: the website's address for sections or for tags
     */
    public record Category(String term, String label, String scheme) {
    }
}
