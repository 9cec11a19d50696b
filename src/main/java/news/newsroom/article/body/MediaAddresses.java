package news.newsroom.article.body;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The addresses an image or embed in pasted HTML may keep: http(s) for images, known video providers for embeds. */
final class MediaAddresses {

    private static final Set<String> YOUTUBE_HOSTS = Set.of(
            "youtube.com", "www.youtube.com", "youtube-nocookie.com", "www.youtube-nocookie.com");
    private static final String VIMEO_HOST = "player.vimeo.com";
    private static final Pattern YOUTUBE_EMBED_PATH = Pattern.compile("^/embed/([A-Za-z0-9_-]{11})/?$");

    private MediaAddresses() {
    }

    /** An http(s) address without unsafe characters, trimmed, with a lower-case scheme; {@code null} for anything else. */
    static String webUrl(String src) {
        String url = src == null ? "" : src.strip();
        for (String scheme : List.of("https://", "http://")) {
            if (url.length() > scheme.length() && url.regionMatches(true, 0, scheme, 0, scheme.length())
                    && BodyRules.isSafeUrl(url)) {
                return scheme + url.substring(scheme.length());
            }
        }
        return null;
    }

    /** The embed for an iframe of a known provider, over https only; {@code null} for anything else. */
    static EmbedBlock knownEmbed(String src) {
        String url = webUrl(src);
        if (url == null || !url.startsWith("https://")) {
            return null;
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return null;
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null || (uri.getPort() != -1 && uri.getPort() != 443)) {
            return null;
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (YOUTUBE_HOSTS.contains(host)) {
            Matcher embedPath = YOUTUBE_EMBED_PATH.matcher(uri.getRawPath() == null ? "" : uri.getRawPath());
            return new EmbedBlock("youtube",
                    embedPath.matches() ? "https://www.youtube.com/watch?v=" + embedPath.group(1) : url);
        }
        if (VIMEO_HOST.equals(host)) {
            return new EmbedBlock("vimeo", url);
        }
        return null;
    }
}
