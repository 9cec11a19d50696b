package news.newsroom.integration.feed;

import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.stream.Stream;

/**
 * The three formats a feed is written in, with the types a client may ask for each: its own, and the generic type
 * feed readers also send (many send only {@code text/xml}, or nothing).
 */
public enum FeedFormat {
    RSS(FeedFormat.RSS_TYPE, "application/xml", "text/xml"),
    ATOM(FeedFormat.ATOM_TYPE, "application/xml", "text/xml"),
    JSON_FEED(FeedFormat.JSON_FEED_TYPE, "application/json");

    public static final String RSS_TYPE = "application/rss+xml";
    public static final String ATOM_TYPE = "application/atom+xml";
    public static final String JSON_FEED_TYPE = "application/feed+json";

    private final String type;
    private final List<MediaType> answered;

    FeedFormat(String type, String... alsoAnswered) {
        this.type = type;
        this.answered = Stream.concat(Stream.of(type), Stream.of(alsoAnswered)).map(MediaType::valueOf).toList();
    }

    /** What the feed is sent as: always its own type, whatever the client asked for. */
    public String mediaType() {
        return type + ";charset=UTF-8";
    }

    /** The types a client may ask for, for a 406's explanation. */
    public String acceptedTypes() {
        return String.join(", ", answered.stream().map(MediaType::toString).toList()) + ", */*";
    }

    /**
     * Whether a client sending {@code accept} (an Accept header, or none) takes this feed: no header, or a range
     * that covers the feed's type or one of the generic types, not refused with {@code q=0}. A range that cannot
     * be read takes nothing.
     */
    public boolean acceptableTo(String accept) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        for (String range : accept.split(",")) {
            try {
                MediaType acceptable = MediaType.valueOf(range.strip());
                if (!refused(acceptable.getParameters().get("q")) && answered.stream().anyMatch(acceptable::isCompatible)) {
                    return true;
                }
            } catch (IllegalArgumentException unreadableRange) {
                // Another range of the header may still take the feed.
            }
        }
        return false;
    }

    /** A quality of zero says "not this" (RFC 9110 12.4.2). */
    private static boolean refused(String quality) {
        try {
            return quality != null && Double.parseDouble(quality.strip()) == 0;
        } catch (NumberFormatException unreadableQuality) {
            return false;
        }
    }
}
