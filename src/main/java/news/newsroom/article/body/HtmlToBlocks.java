package news.newsroom.article.body;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Turns an editor's {@code bodyHtml} into body blocks. The HTML is parsed the way a browser parses a body
 * fragment, then walked in document order; only what a block can carry survives: inline markup goes through
 * {@link InlineHtml#clean}, headings, quotes and captions keep their text only, images keep an http(s) address
 * and embeds a known provider's https address. Scripts, styles, forms, plugins and foreign markup are dropped
 * with their content; no attribute survives except a link's checked href.
 */
public final class HtmlToBlocks {

    /** Elements dropped together with everything inside them. */
    private static final Set<String> DROPPED = Set.of(
            "script", "style", "noscript", "template", "object", "embed", "applet", "form", "input", "button",
            "textarea", "select", "svg", "math", "link", "meta", "base", "head", "title", "frame", "frameset",
            "noembed", "noframes", "param", "datalist");

    /**
     * Elements whose content the parser keeps as raw text. Left open in the source, one of them swallows the rest
     * of the input (a browser would hide it all); that rest is parsed again instead of being lost.
     */
    private static final Set<String> RAW_TEXT = Set.of(
            "script", "style", "iframe", "noembed", "noframes", "textarea", "title");

    /** Elements shown as text but kept as raw data by the parser. */
    private static final Set<String> LITERAL_TEXT = Set.of("xmp", "plaintext", "listing");

    /** Block-level containers: descended into, and their start and end break the running paragraph. */
    private static final Set<String> BLOCK_CONTAINERS = Set.of(
            "body", "div", "section", "article", "main", "header", "footer", "aside", "nav", "details", "summary",
            "center", "address", "pre", "table", "caption", "colgroup", "thead", "tbody", "tfoot", "tr", "td", "th",
            "dl", "dt", "dd", "fieldset", "legend", "hgroup", "figcaption", "li", "search", "menu", "listing",
            "plaintext", "xmp", "dialog", "html");

    /** Phrasing elements gathered whole into the running paragraph when nothing else is inside them. */
    private static final Set<String> INLINE = Set.of(
            "a", "abbr", "b", "bdi", "bdo", "big", "br", "cite", "code", "data", "del", "dfn", "em", "font", "i",
            "ins", "kbd", "label", "mark", "nobr", "q", "rp", "rt", "ruby", "s", "samp", "small", "span", "strike",
            "strong", "sub", "sup", "time", "tt", "u", "var", "wbr");

    private static final Set<String> YOUTUBE_HOSTS = Set.of(
            "youtube.com", "www.youtube.com", "youtube-nocookie.com", "www.youtube-nocookie.com");
    private static final String VIMEO_HOST = "player.vimeo.com";
    private static final Pattern YOUTUBE_EMBED_PATH = Pattern.compile("^/embed/([A-Za-z0-9_-]{11})/?$");
    private static final Pattern HTML_SPACE = Pattern.compile("[ \\t\\n\\r\\f]+");

    /** How many times a swallowed rest of the input is parsed again before it is given up. */
    private static final int MAX_REPARSE_DEPTH = 16;

    private HtmlToBlocks() {
    }

    /** The blocks of {@code html}; {@code null} or blank HTML has none. */
    public static List<Block> parse(String html) {
        return List.copyOf(parse(html, 0));
    }

    private static List<Block> parse(String html, int depth) {
        if (html == null || html.isBlank()) {
            return List.of();
        }
        Document document = parseBodyFragment(html);
        String swallowed = detachSwallowedRest(document.body());
        Walker walker = new Walker();
        walker.children(document.body());
        walker.flush();
        List<Block> blocks = walker.blocks;
        if (!swallowed.isBlank() && depth < MAX_REPARSE_DEPTH) {
            blocks.addAll(parse(swallowed, depth + 1));
        }
        return blocks;
    }

    /**
     * What {@code Jsoup.parseBodyFragment} does, with source positions tracked so that an element left open in
     * the source can be told from a closed one.
     */
    private static Document parseBodyFragment(String html) {
        Document document = Document.createShell("");
        document.outputSettings().prettyPrint(false);
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        Element body = document.body();
        body.appendChildren(parser.parseFragmentInput(html, body, ""));
        return document;
    }

    /** Whether the source held this element's end tag (rather than the parser implying it). */
    private static boolean closedInSource(Element element) {
        Range end = element.endSourceRange();
        return end.isTracked() && !end.isImplicit();
    }

    /**
     * An unclosed raw-text element ({@code <iframe>}, {@code <style>}...) holds the rest of the input as text.
     * Takes that text out, so it can be parsed again as what follows the element.
     */
    private static String detachSwallowedRest(Element body) {
        StringBuilder rest = new StringBuilder();
        for (Element element : body.getAllElements()) {
            if (!RAW_TEXT.contains(element.normalName()) || closedInSource(element)) {
                continue;
            }
            boolean onlyText = element.childNodes().stream()
                    .allMatch(child -> child instanceof TextNode || child instanceof DataNode);
            if (!onlyText) {
                continue;
            }
            for (Node child : new ArrayList<>(element.childNodes())) {
                rest.append(child instanceof DataNode data ? data.getWholeData() : ((TextNode) child).getWholeText());
                child.remove();
            }
        }
        return rest.toString();
    }

    /** Walks the parsed body in document order, gathering inline content and emitting blocks. */
    private static final class Walker {

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
    }

    /** A copy of the element without the parts no block shows (scripts, forms, frames...), for reading its text. */
    private static Element withoutHidden(Element element) {
        Element copy = element.clone();
        for (Element descendant : copy.getAllElements()) {
            if (descendant != copy && (DROPPED.contains(descendant.normalName())
                    || descendant.normalName().equals("iframe"))) {
                descendant.remove();
            }
        }
        return copy;
    }

    private static boolean isPureInline(Element element) {
        for (Element descendant : element.getAllElements()) {
            if (!INLINE.contains(descendant.normalName())) {
                return false;
            }
        }
        return true;
    }

    /** Cleaned inline HTML with the source's layout white space collapsed. */
    private static String inlineHtml(String html) {
        return HTML_SPACE.matcher(InlineHtml.clean(html)).replaceAll(" ").strip();
    }

    /** An http(s) address, trimmed and with a lower-case scheme; {@code null} for anything else. */
    private static String webUrl(String src) {
        String url = src == null ? "" : src.strip();
        for (String scheme : List.of("https://", "http://")) {
            if (url.length() > scheme.length() && url.regionMatches(true, 0, scheme, 0, scheme.length())) {
                return scheme + url.substring(scheme.length());
            }
        }
        return null;
    }

    /** The embed for an iframe of a known provider, over https only; {@code null} for anything else. */
    private static EmbedBlock knownEmbed(String src) {
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

    private static String blankToNull(String text) {
        if (text == null || isBlank(text)) {
            return null;
        }
        return HTML_SPACE.matcher(text).replaceAll(" ").strip();
    }

    /** Blank also when it holds only no-break or zero-width spaces, which editors leave in empty paragraphs. */
    private static boolean isBlank(String text) {
        return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF');
    }
}
