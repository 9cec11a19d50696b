package news.newsroom.integration.embed;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.OptionalLong;
import news.newsroom.NewsroomConfig;
import news.newsroom.web.ApiProblem;
import news.newsroom.web.ProblemType;
import news.newsroom.web.Website;

/** Structured data of an article page, and oEmbed of an article's address: published articles only. */
@ApplicationScoped
public class EmbedService {

    /** The query parameter oEmbed consumers send the pasted address in. */
    static final String URL_PARAMETER = "url";

    private final EmbeddedArticles articles;
    private final Website website;
    private final ArticleLinks links;
    private final Outlet outlet;

    public EmbedService(EmbeddedArticles articles, Website website, NewsroomConfig config) {
        this.articles = articles;
        this.website = website;
        this.links = new ArticleLinks(website.base());
        this.outlet = Outlet.of(config.publisher(), website);
    }

    /** The JSON-LD of the published article's page; empty for any other id. */
    public Optional<EmbedAnswer<StructuredData>> structuredData(long id) {
        return articles.findPublished(id)
                .map(article -> EmbedAnswer.of(StructuredData.of(article, outlet, website), article));
    }

    /**
     * The oEmbed of the article page at {@code url}.
     *
     * @throws ApiProblem 400 for a missing, too long or malformed {@code url}; 501 for XML; 404 for an address that
     *                    is not the page of a published article
     */
    public EmbedAnswer<OEmbed> oEmbed(String url, OEmbedFormat format, Integer maxWidth, Integer maxHeight) {
        OptionalLong id = links.articleIdIn(url, URL_PARAMETER);
        if (format == OEmbedFormat.XML) {
            throw ApiProblem.of(ProblemType.NOT_IMPLEMENTED, "not-implemented.oembed-xml");
        }
        EmbeddedArticle article = (id.isPresent() ? articles.findPublished(id.getAsLong()) : Optional.<EmbeddedArticle>empty())
                .orElseThrow(() -> ApiProblem.notFound("not-found.article-page"));
        return EmbedAnswer.of(OEmbed.of(article, outlet, website, maxWidth, maxHeight), article);
    }
}
