package news.newsroom.integration.feed;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.newsroom.article.body.Block;
import news.newsroom.article.body.BlockRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * An article's body as feed readers show it: the HTML the website gets ({@link BlockRenderer}), keeping only what
 * readers keep (paragraphs, headings, lists, quotes, figures with their images and captions, links, emphasis),
 * with absolute http(s) addresses. Readers drop iframes, so an embedded video becomes a link to it.
 */
final class FeedHtml {

    /** The privacy-enhanced player BlockRenderer embeds; readers follow a link to the video's own page. */
    private static final Pattern YOUTUBE_PLAYER =
            Pattern.compile("^https://www\\.youtube-nocookie\\.com/embed/([A-Za-z0-9_-]{11})$");

    private static final Safelist FEED_READERS = Safelist.none()
            .addTags("p", "h2", "h3", "h4", "ul", "ol", "li", "blockquote", "cite", "figure", "figcaption", "small",
                    "img", "a", "strong", "em")
            .addAttributes("a", "href")
            .addAttributes("img", "src", "alt")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addProtocols("img", "src", "http", "https");

    private FeedHtml() {
    }

    /** The body as HTML for a feed; relative addresses, if any, are taken as pages of {@code siteUrl}. */
    static String of(List<Block> blocks, String siteUrl) {
        Document rendered = Jsoup.parseBodyFragment(BlockRenderer.render(blocks), siteUrl);
        // The renderer leaves an unsafe address empty, which would otherwise resolve to the site's home page.
        rendered.select("img").stream().filter(image -> FeedText.webAddress(image.attr("src")).isEmpty())
                .forEach(Element::remove);
        rendered.select("a[href]").stream().filter(link -> link.attr("href").isBlank()).forEach(Element::unwrap);
        for (Element player : rendered.select("iframe")) {
            String video = videoPage(player.absUrl("src"));
            if (video.isEmpty()) {
                player.remove();
            } else {
                player.replaceWith(new Element("a").attr("href", video).text(video));
            }
        }
        Document kept = new Cleaner(FEED_READERS).clean(rendered);
        for (Element link : kept.select("a[href]")) {
            FeedText.webAddress(link.attr("href")).ifPresent(address -> link.attr("href", address));
        }
        for (Element image : kept.select("img")) {
            FeedText.webAddress(image.attr("src")).ifPresentOrElse(address -> image.attr("src", address),
                    image::remove);
        }
        kept.select("a:not([href])").unwrap();
        // A figure whose picture or video could not be kept would show only its caption.
        kept.select("figure").stream().filter(figure -> figure.select("img, a").isEmpty()).forEach(Element::remove);
        kept.outputSettings().prettyPrint(false);
        return kept.body().html();
    }

    private static String videoPage(String player) {
        Matcher youtube = YOUTUBE_PLAYER.matcher(player);
        if (youtube.matches()) {
            return "https://www.youtube.com/watch?v=" + youtube.group(1);
        }
        return FeedText.webAddress(player).orElse("");
    }
}
