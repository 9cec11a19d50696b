package news.newsroom.tag;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.newsroom.web.ContentClock;
import news.newsroom.web.OffsetPaging;
import news.newsroom.web.PageRequest;
import news.newsroom.web.QueryParameters;
import news.newsroom.web.Versioned;

@ApplicationScoped
public class TagService {

    private static final String CURSOR_SCOPE = "tags";

    private final TagRepository tags;
    private final OffsetPaging paging;
    private final ContentClock clock;

    public TagService(TagRepository tags, OffsetPaging paging, ContentClock clock) {
        this.tags = tags;
        this.paging = paging;
        this.clock = clock;
    }

    public Versioned<TagPage> list(PageRequest request) {
        int start = paging.start(CURSOR_SCOPE, request);
        long total = tags.count();
        List<Tag> page = tags.findPageByName(start, request.limit());
        Map<Long, Long> counts = tags.countPublishedArticles(page.stream().map(Tag::getId).toList());
        List<TagView> items = page.stream()
                .map(tag -> TagView.of(tag, counts.getOrDefault(tag.getId(), 0L)))
                .toList();
        String next = paging.next(CURSOR_SCOPE, start, items.size(), total);
        return new Versioned<>(new TagPage(items, total, request.limit(), next), clock.lastChange());
    }

    public Optional<Versioned<TagView>> find(String slug) {
        return findBySlug(slug).map(tag -> new Versioned<>(
                TagView.of(tag, tags.countPublishedArticles(List.of(tag.getId())).getOrDefault(tag.getId(), 0L)),
                clock.lastChange()));
    }

    public Optional<Long> idOf(String slug) {
        return findBySlug(slug).map(Tag::getId);
    }

    private Optional<Tag> findBySlug(String slug) {
        return QueryParameters.isPlausibleSlug(slug) ? tags.findBySlug(slug) : Optional.empty();
    }
}
