package news.newsroom.article.body;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Renders blocks to the HTML that web views show. Text is always escaped by jsoup's element builder; inline
 * markup is re-cleaned on the way out, so even a block stored before a sanitizer fix renders safely.
 */
public final class BlockRenderer {

    private static final Pattern YOUTUBE_ID =
            Pattern.compile("^https://(?:www\\.)?(?:youtube\\.com/watch\\?v=|youtu\\.be/)([A-Za-z0-9_-]{11})");
    private static final Document.OutputSettings COMPACT = new Document.OutputSettings().prettyPrint(false);
    /** A run of anything but Unicode white space (no-break spaces count as white space). */
    private static final Pattern WORD = Pattern.compile("(?U)\\S+");

    private BlockRenderer() {
    }

    public static String render(List<Block> blocks) {
        Document document = Document.createShell("");
        document.outputSettings(COMPACT);
        Element body = document.body();
        for (Block block : blocks) {
            body.appendChild(render(block));
        }
        return body.html();
    }

    /** The text a reader reads, block after block, one block a line: what search indexes and quotes. */
    public static String plainText(List<Block> blocks) {
        StringBuilder text = new StringBuilder();
        for (Block block : blocks) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(block.plainText());
        }
        return text.toString();
    }

    public static int wordCount(List<Block> blocks) {
        int words = 0;
        for (Block block : blocks) {
            Matcher word = WORD.matcher(block.plainText());
            while (word.find()) {
                words++;
            }
        }
        return words;
    }

    private static Element render(Block block) {
        if (block instanceof ParagraphBlock paragraph) {
            return new Element("p").html(InlineHtml.clean(paragraph.html()));
        }
        if (block instanceof HeadingBlock heading) {
            int level = Math.min(4, Math.max(2, heading.level()));
            return new Element("h" + level).text(heading.text());
        }
        if (block instanceof ListBlock list) {
            Element element = new Element(list.ordered() ? "ol" : "ul");
            for (String item : list.items()) {
                element.appendElement("li").html(InlineHtml.clean(item));
            }
            return element;
        }
        if (block instanceof QuoteBlock quote) {
            Element blockquote = new Element("blockquote");
            blockquote.appendElement("p").text(quote.text());
            if (quote.cite() != null && !quote.cite().isBlank()) {
                blockquote.appendElement("footer").appendElement("cite").text(quote.cite());
            }
            return blockquote;
        }
        if (block instanceof ImageBlock image) {
            Element figure = new Element("figure");
            figure.appendElement("img")
                    .attr("src", webUrl(image.url()))
                    .attr("alt", image.alt() == null ? "" : image.alt())
                    .attr("loading", "lazy");
            if (image.caption() != null || image.credit() != null) {
                Element caption = figure.appendElement("figcaption");
                if (image.caption() != null) {
                    caption.appendText(image.caption());
                }
                if (image.credit() != null) {
                    caption.appendElement("small").text(image.credit());
                }
            }
            return figure;
        }
        EmbedBlock embed = (EmbedBlock) block;
        Element figure = new Element("figure").addClass("embed").attr("data-provider", embed.provider());
        Optional<String> youtube = youtubeId(embed.url());
        if (youtube.isPresent()) {
            // The privacy-enhanced host: no tracking cookies until the reader presses play.
            figure.appendElement("iframe")
                    .attr("src", "https://www.youtube-nocookie.com/embed/" + youtube.get())
                    .attr("title", "YouTube")
                    .attr("loading", "lazy")
                    .attr("allowfullscreen", true);
        } else {
            figure.appendElement("a").attr("href", webUrl(embed.url())).attr("rel", "noopener").text(embed.url());
        }
        return figure;
    }

    /** Only http(s) addresses reach an src or href: no javascript:, data: or relative tricks. */
    private static String webUrl(String url) {
        if (url != null && (url.startsWith("https://") || url.startsWith("http://"))) {
            return url;
        }
        return "";
    }

    private static Optional<String> youtubeId(String url) {
        if (url == null) {
            return Optional.empty();
        }
        Matcher matcher = YOUTUBE_ID.matcher(url);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
