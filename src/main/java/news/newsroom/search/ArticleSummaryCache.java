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
import news.newsroom.content.ContentGeneration;
import news.newsroom.content.ContentInvalidated;
import news.newsroom.content.SurrogateKeys;
import news.newsroom.article.ArticleSummary;
import news.newsroom.article.ArticleViews;

/**
 * Search hits' summaries (without their highlights), cached in memory by article id. Searches for different words
 * keep finding the same articles (the newest matches of each level come first), and each page would otherwise read
 * its twenty summaries afresh: a statement in PostgreSQL, the JSON of bylines and tags to parse, and each article's
 * URL to encode. Cached like public responses: a change to an article drops its entry, a change to a section,
 * author or tag (names shown in every summary) drops them all, on every node ({@link ContentInvalidated}), and
 * nothing is cached while other nodes' changes cannot be heard ({@link ContentGeneration}).
 */
@ApplicationScoped
public class ArticleSummaryCache {

    private final HitRepository hits;
    private final ArticleViews views;
    private final ContentGeneration generation;
    private final Cache<Long, ArticleSummary> cached;

    public ArticleSummaryCache(HitRepository hits, ArticleViews views, ContentGeneration generation,
            NewsroomConfig config) {
        this.hits = hits;
        this.views = views;
        this.generation = generation;
        this.cached = Caffeine.newBuilder().maximumSize(config.search().summariesToCache()).build();
    }

    /** The summaries of {@code ids} (any status), in their order, without highlights; ids of no article are skipped. */
    public List<ArticleSummary> of(List<Long> ids) {
        // Read before the rows: a write that commits while they are read moves it on, and what was read is not cached.
        long readIn = generation.current();
        Map<Long, ArticleSummary> found = new HashMap<>(cached.getAllPresent(ids));
        if (found.size() < ids.size()) {
            List<Long> missing = ids.stream().filter(id -> !found.containsKey(id)).toList();
            List<ArticleSummary> read = hits.summaryFieldsOf(missing).stream().map(views::summary).toList();
            read.forEach(summary -> found.put(summary.id(), summary));
            keep(read, readIn);
        }
        List<ArticleSummary> inOrder = new ArrayList<>(ids.size());
        ids.stream().map(found::get).filter(Objects::nonNull).forEach(inOrder::add);
        return inOrder;
    }

    private void keep(List<ArticleSummary> read, long readIn) {
        if (!generation.stillCurrent(readIn)) {
            return;
        }
        read.forEach(summary -> cached.put(summary.id(), summary));
        if (!generation.stillCurrent(readIn)) {
            read.forEach(summary -> cached.invalidate(summary.id())); // a write committed while they were stored
        }
    }

    void dropWhenContentChanges(@Observes ContentInvalidated invalidated) {
        // A change to one article names the groups too (their article counts change), but never one section,
        // author or tag by name: those come with a change of the name, or of what is filed under it.
        if (invalidated.everything() || invalidated.keys().stream().anyMatch(SurrogateKeys::namesSectionAuthorOrTag)) {
            cached.invalidateAll();
            return;
        }
        for (String key : invalidated.keys()) {
            SurrogateKeys.articleOf(key).ifPresent(cached::invalidate);
        }
    }
}
