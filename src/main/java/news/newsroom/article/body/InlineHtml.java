package news.newsroom.article.body;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/** The inline markup allowed in paragraphs and list items: links, strong and emphasis, nothing else. */
public final class InlineHtml {

    private static final Safelist INLINE = Safelist.none()
            .addTags("a", "strong", "em")
            .addAttributes("a", "href")
            .addProtocols("a", "href", "http", "https", "mailto");

    private static final Document.OutputSettings COMPACT = new Document.OutputSettings().prettyPrint(false);

    private InlineHtml() {
    }

    /** Keeps only the allowed inline tags; everything else is dropped (its text kept, escaped). */
    public static String clean(String html) {
        if (html == null) {
            return "";
        }
        return Jsoup.clean(html, "", INLINE, COMPACT);
    }

    /** The text a reader sees. */
    public static String text(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        return Jsoup.parseBodyFragment(html).text();
    }
}
