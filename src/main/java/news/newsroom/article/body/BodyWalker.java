package news.newsroom.article.body;

import static news.newsroom.article.body.HtmlToBlocks.BLOCK_CONTAINERS;
import static news.newsroom.article.body.HtmlToBlocks.DROPPED;
import static news.newsroom.article.body.HtmlToBlocks.INLINE;
import static news.newsroom.article.body.HtmlToBlocks.LITERAL_TEXT;
import static news.newsroom.article.body.HtmlToBlocks.blankToNull;
import static news.newsroom.article.body.HtmlToBlocks.closedInSource;
import static news.newsroom.article.body.HtmlToBlocks.inlineHtml;
import static news.newsroom.article.body.HtmlToBlocks.isBlank;
import static news.newsroom.article.body.HtmlToBlocks.isPureInline;
import static news.newsroom.article.body.HtmlToBlocks.withoutHidden;
import static news.newsroom.article.body.MediaAddresses.knownEmbed;
import static news.newsroom.article.body.MediaAddresses.webUrl;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Walks a parsed body in document order for {@link HtmlToBlocks}, gathering inline content into the running
 * paragraph or heading and emitting a block wherever the structure says one ends.
 */
final class BodyWalker {

    private final List<Block> blocks = new ArrayList<>();
    /** The inline HTML gathered for the block being built. */
    private final StringBuilder run = new StringBuilder();
    /** 0 while the gathered run is a paragraph, else the level of the heading it belongs to. */
    private int headingLevel;

    void children(Element parent) {
        for (Node child : new ArrayList<>(parent.childNodes())) {
            node(child);
        }
    }

    private void node(Node node) {
        if (node instanceof TextNode text) {
            run.append(Entities.escape(text.getWholeText()));
        } else if (node instanceof DataNode data) {
            Node parent = data.parent();
            if (parent instanceof Element element && LITERAL_TEXT.contains(element.normalName())) {
                run.append(Entities.escape(data.getWholeData()));
            }
        } else if (node instanceof Element element) {
            element(element);
        }
        // Comments, doctypes and processing instructions carry nothing a reader sees.
    }

    private void element(Element element) {
        String name = element.normalName();
        if (DROPPED.contains(name)) {
            // Closed in the source: gone with its content. Left open, the parser put everything after it
            // inside it; that is walked (under the same rules) rather than silently lost.
            if (!closedInSource(element)) {
                container(element);
            }
            return;
        }
        switch (name) {
            case "p" -> textBlock(element, 0);
            case "h1", "h2" -> textBlock(element, 2);
            case "h3" -> textBlock(element, 3);
            case "h4", "h5", "h6" -> textBlock(element, 4);
            case "ul", "ol" -> {
                flush();
                list(element);
            }
            case "blockquote" -> {
                flush();
                quote(element);
            }
            case "figure" -> {
                flush();
                figure(element);
            }
            case "img" -> {
                flush();
                image(element, null, null);
            }
            case "iframe" -> {
                flush();
                embed(element);
            }
            case "br" -> run.append(' ');
            case "hr" -> flush();
            default -> {
                if (BLOCK_CONTAINERS.contains(name)) {
                    container(element);
                } else if (isPureInline(element)) {
                    gatherInline(element);
                } else {
                    // An inline or unknown element holding more than phrasing content: its pieces are walked
                    // in place, so what it holds is not lost and blocks inside it still become blocks.
                    children(element);
                }
            }
        }
    }

    private void container(Element element) {
        flush();
        children(element);
        flush();
    }

    /** A paragraph (level 0) or a heading: its inline content is gathered; anything block-like splits it. */
    private void textBlock(Element element, int level) {
        flush();
        int outer = headingLevel;
        headingLevel = level;
        children(element);
        flush();
        headingLevel = outer;
    }

    private void gatherInline(Element element) {
        for (Element br : element.select("br")) {
            br.replaceWith(new TextNode(" "));
        }
        run.append(element.outerHtml());
    }

    /** Ends the block being gathered, if it has anything to read. */
    void flush() {
        if (run.toString().isBlank()) {
            run.setLength(0);
            return;
        }
        String html = inlineHtml(run.toString());
        run.setLength(0);
        String text = InlineHtml.text(html);
        if (isBlank(text)) {
            return;
        }
        blocks.add(headingLevel == 0 ? new ParagraphBlock(html) : new HeadingBlock(headingLevel, text));
    }

    private void list(Element list) {
        List<String> items = new ArrayList<>();
        for (Element child : list.children()) {
            if (!child.normalName().equals("li")) {
                continue;
            }
            Element item = withoutHidden(child);
            for (Element descendant : item.getAllElements()) {
                if (descendant == item) {
                    continue;
                }
                if (descendant.normalName().equals("br")) {
                    descendant.replaceWith(new TextNode(" "));
                } else if (!INLINE.contains(descendant.normalName())) {
                    // Nested lists and other blocks are flattened: keep their words apart.
                    descendant.before(new TextNode(" "));
                    descendant.after(new TextNode(" "));
                }
            }
            String html = inlineHtml(item.html());
            if (!isBlank(InlineHtml.text(html))) {
                items.add(html);
            }
        }
        if (!items.isEmpty()) {
            blocks.add(new ListBlock(list.normalName().equals("ol"), items));
        }
    }

    private void quote(Element blockquote) {
        Element quote = withoutHidden(blockquote);
        Element source = quote.selectFirst("footer, cite");
        String cite = source == null ? null : blankToNull(source.text());
        quote.select("footer, cite").remove();
        String text = quote.text();
        if (!isBlank(text)) {
            blocks.add(new QuoteBlock(text, cite));
        }
    }

    private void figure(Element figure) {
        Element img = figure.selectFirst("img");
        Element iframe = img == null ? figure.selectFirst("iframe") : null;
        Element figcaption = figure.selectFirst("figcaption");
        if (img != null) {
            String caption = null;
            String credit = null;
            if (figcaption != null) {
                Element captionCopy = withoutHidden(figcaption);
                Element small = captionCopy.selectFirst("small");
                if (small != null) {
                    credit = blankToNull(small.text());
                    small.remove();
                }
                caption = blankToNull(captionCopy.text());
            }
            image(img, caption, credit);
            img.remove();
        } else if (iframe != null) {
            embed(iframe);
            iframe.remove();
        }
        if ((img != null || iframe != null) && figcaption != null) {
            // The caption belongs to the picture or embed (and goes with it when that is dropped).
            figcaption.remove();
        }
        // Whatever else the figure holds (more pictures, text) is walked like any container.
        container(figure);
    }

    private void image(Element img, String caption, String credit) {
        String url = webUrl(img.attr("src"));
        if (url == null) {
            return;
        }
        blocks.add(new ImageBlock(url, blankToNull(img.attr("alt")), caption, credit));
    }

    private void embed(Element iframe) {
        EmbedBlock embed = knownEmbed(iframe.attr("src"));
        if (embed != null) {
            blocks.add(embed);
        }
    }

    List<Block> blocks() {
        return blocks;
    }
}
