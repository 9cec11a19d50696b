package news.newsroom.article.body;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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
    static final Set<String> DROPPED = Set.of(
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
    static final Set<String> LITERAL_TEXT = Set.of("xmp", "plaintext", "listing");

    /** Block-level containers: descended into, and their start and end break the running paragraph. */
    static final Set<String> BLOCK_CONTAINERS = Set.of(
            "body", "div", "section", "article", "main", "header", "footer", "aside", "nav", "details", "summary",
            "center", "address", "pre", "table", "caption", "colgroup", "thead", "tbody", "tfoot", "tr", "td", "th",
            "dl", "dt", "dd", "fieldset", "legend", "hgroup", "figcaption", "li", "search", "menu", "listing",
            "plaintext", "xmp", "dialog", "html");

    /** Phrasing elements gathered whole into the running paragraph when nothing else is inside them. */
    static final Set<String> INLINE = Set.of(
            "a", "abbr", "b", "bdi", "bdo", "big", "br", "cite", "code", "data", "del", "dfn", "em", "font", "i",
            "ins", "kbd", "label", "mark", "nobr", "q", "rp", "rt", "ruby", "s", "samp", "small", "span", "strike",
            "strong", "sub", "sup", "time", "tt", "u", "var", "wbr");

    static final Pattern HTML_SPACE = Pattern.compile("[ \\t\\n\\r\\f]+");

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
        BodyWalker walker = new BodyWalker();
        walker.children(document.body());
        walker.flush();
        List<Block> blocks = walker.blocks();
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
    static boolean closedInSource(Element element) {
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

    /** A copy of the element without the parts no block shows (scripts, forms, frames...), for reading its text. */
    static Element withoutHidden(Element element) {
        Element copy = element.clone();
        for (Element descendant : copy.getAllElements()) {
            if (descendant != copy && (DROPPED.contains(descendant.normalName())
                    || descendant.normalName().equals("iframe"))) {
                descendant.remove();
            }
        }
        return copy;
    }

    static boolean isPureInline(Element element) {
        for (Element descendant : element.getAllElements()) {
            if (!INLINE.contains(descendant.normalName())) {
                return false;
            }
        }
        return true;
    }

    /** Cleaned inline HTML with the source's layout white space collapsed. */
    static String inlineHtml(String html) {
        return HTML_SPACE.matcher(InlineHtml.clean(html)).replaceAll(" ").strip();
    }

    static String blankToNull(String text) {
        if (text == null || isBlank(text)) {
            return null;
        }
        return HTML_SPACE.matcher(text).replaceAll(" ").strip();
    }

    /** Blank also when it holds only no-break or zero-width spaces, which editors leave in empty paragraphs. */
    static boolean isBlank(String text) {
        return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF');
    }
}
