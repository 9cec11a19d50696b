package news.newsroom.search;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import news.newsroom.article.ArticleSummary;

/** The summaries of a page of hits, in the hits' order, each with the highlight of where the search matched it. */
@ApplicationScoped
public class HitSummaries {

    private final ArticleSummaryCache summaries;
    private final SearchHighlights highlights;

    public HitSummaries(ArticleSummaryCache summaries, SearchHighlights highlights) {
        this.summaries = summaries;
        this.highlights = highlights;
    }

    public List<ArticleSummary> of(SearchQuery search, List<SearchHit> hits) {
        List<ArticleSummary> found = summaries.of(hits.stream().map(SearchHit::id).toList());
        Map<Long, String> marked = highlights.of(search, found);
        List<ArticleSummary> items = new ArrayList<>(found.size());
        for (ArticleSummary article : found) {
            items.add(article.withHighlight(marked.get(article.id())));
        }
        return items;
    }
}
