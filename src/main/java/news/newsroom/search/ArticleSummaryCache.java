package news.newsroom.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import news.newsroom.NewsroomConfig;
import news.newsroom.cache.ResponseCache;
import news.newsroom.cache.ResponsesDropped;
import news.newsroom.content.SurrogateKeys;
import news.newsroom.article.ArticleSummary;
import news.newsroom.article.ArticleViews;

/**
 * Search hits' summaries (without their highlights), kept in memory by article id. Searches for different words
 * keep finding the same articles (the newest matches of each level come first), and each page read its twenty
 * summaries afresh: a statement of about 1-2 ms in PostgreSQL, the JSON of bylines and tags to parse, and each
 * article's URL to encode. Kept like public responses: a change to an article drops its entry, a change to a
 * section, author or tag (names shown in every summary) drops them all, on every node ({@link ResponseCache}
 * hears the others), and nothing is kept while other nodes' writes cannot be heard.
 */
@ApplicationScoped
public class ArticleSummaryCache {

    private final HitRepository hits;
    private final ArticleViews views;
    private final ResponseCache responses;
    private final Cache<Long, ArticleSummary> kept;

    public ArticleSummaryCache(HitRepository hits, ArticleViews views, ResponseCache responses,
            NewsroomConfig config) {
        this.hits = hits;
        this.views = views;
        this.responses = responses;
        this.kept = Caffeine.newBuilder().maximumSize(config.search().keptSummaries()).build();
    }

    /** The summaries of {@code ids} (any status), in their order, without highlights; ids of no article are skipped. */
    public List<ArticleSummary> of(List<Long> ids) {
        // Read before the rows: a write that commits while they are read moves it on, and what was read is not kept.
        long generation = responses.generation();
        Map<Long, ArticleSummary> found = new HashMap<>(kept.getAllPresent(ids));
        if (found.size() < ids.size()) {
            List<Long> missing = ids.stream().filter(id -> !found.containsKey(id)).toList();
            List<ArticleSummary> read = hits.summaryFieldsOf(missing).stream().map(views::summary).toList();
            read.forEach(summary -> found.put(summary.id(), summary));
            keep(read, generation);
        }
        List<ArticleSummary> inOrder = new ArrayList<>(ids.size());
        ids.stream().map(found::get).filter(Objects::nonNull).forEach(inOrder::add);
        return inOrder;
    }

    private void keep(List<ArticleSummary> read, long generation) {
        if (!responses.stillCurrent(generation)) {
            return;
        }
        read.forEach(summary -> kept.put(summary.id(), summary));
        if (!responses.stillCurrent(generation)) {
            read.forEach(summary -> kept.invalidate(summary.id())); // a write committed while they were stored
        }
    }

    void dropWhenContentChanges(@Observes ResponsesDropped dropped) {
        // A change to one article names the groups too (their article counts change), but never one section,
        // author or tag by name: those come with a change of the name, or of what is filed under it.
        if (dropped.keys().isEmpty() || dropped.keys().stream().anyMatch(SurrogateKeys::namesSectionAuthorOrTag)) {
            kept.invalidateAll();
            return;
        }
        for (String key : dropped.keys()) {
            SurrogateKeys.articleOf(key).ifPresent(kept::invalidate);
        }
    }
}
