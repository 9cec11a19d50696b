package news.newsroom.integration.feed;

/** Whose newest articles a feed carries: the whole site, or one section (with its subsections), tag or author. */
public record FeedSubject(Kind kind, String slug) {

    public enum Kind {
        SITE, SECTION, TAG, AUTHOR
    }

    public static FeedSubject site() {
        return new FeedSubject(Kind.SITE, null);
    }

    public static FeedSubject section(String slug) {
        return new FeedSubject(Kind.SECTION, slug);
    }

    public static FeedSubject tag(String slug) {
        return new FeedSubject(Kind.TAG, slug);
    }

    public static FeedSubject author(String slug) {
        return new FeedSubject(Kind.AUTHOR, slug);
    }
}
