package news.newsroom.integration.embed;

import java.util.stream.Collectors;
import news.newsroom.author.AuthorRef;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The HTML a partner's page embeds: a quotation of the article (its title linking to it, its excerpt, the byline
 * and the outlet), with no script, style or event attribute, so it runs nothing of ours on their page. Every text
 * goes through jsoup's element builder, which escapes it. The {@code newsroom-embed} classes let partners style it.
 */
final class EmbedHtml {

    static final String CLASS = "newsroom-embed";
    private static final Document.OutputSettings COMPACT = new Document.OutputSettings().prettyPrint(false);

    private EmbedHtml() {
    }

    static String of(EmbeddedArticle article, Outlet outlet) {
        Document document = Document.createShell("");
        document.outputSettings(COMPACT);
        Element quote = document.body().appendElement("blockquote").addClass(CLASS)
                .attr("dir", "rtl").attr("lang", "ar").attr("cite", article.url());
        quote.appendElement("p").addClass(CLASS + "-title")
                .appendElement("a").attr("href", article.url()).text(article.title());
        if (article.description() != null) {
            quote.appendElement("p").addClass(CLASS + "-excerpt").text(article.description());
        }
        Element source = quote.appendElement("footer").addClass(CLASS + "-source");
        if (!article.authors().isEmpty()) {
            source.appendText(article.authors().stream().map(AuthorRef::name).collect(Collectors.joining("، "))
                    + " — ");
        }
        source.appendElement("a").attr("href", outlet.url()).text(outlet.name());
        return document.body().html();
    }
}
