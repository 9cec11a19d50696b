package news.newsroom.integration.feed;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import org.jdom2.Verifier;

/** Text and addresses as a feed may carry them, whatever an editor pasted. */
final class FeedText {

    private FeedText() {
    }

    /**
     * The text without the characters XML 1.0 cannot carry (control characters other than tab and line breaks,
     * lone surrogates, U+FFFE and U+FFFF), which a pasted title may hold and which would make the whole feed
     * unreadable; blank text is null.
     */
    static String clean(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.codePoints().allMatch(Verifier::isXMLCharacter)) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(Verifier::isXMLCharacter).forEach(kept::appendCodePoint);
        return kept.toString().isBlank() ? null : kept.toString();
    }

    /**
     * An absolute http(s) address with anything beyond ASCII percent-encoded (Arabic file names); empty when the
     * address is not one (a relative path, another scheme, spaces).
     */
    static Optional<String> webAddress(String address) {
        if (address == null) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(address.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
                return Optional.empty();
            }
            return Optional.of(uri.toASCIIString());
        } catch (URISyntaxException notAnAddress) {
            return Optional.empty();
        }
    }

    /** The media type an image's file name says ({@code .jpg} and the like); null when it says none. */
    static String imageType(String address) {
        String path = URI.create(address).getPath();
        String name = path == null ? "" : path.toLowerCase(Locale.ROOT);
        if (name.endsWith(".jpg") || name.endsWith(".jpeg")) {
            return "image/jpeg";
        }
        for (String type : new String[] {"png", "gif", "webp", "avif"}) {
            if (name.endsWith("." + type)) {
                return "image/" + type;
            }
        }
        return null;
    }
}
