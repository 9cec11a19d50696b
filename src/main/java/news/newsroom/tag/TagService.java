package news.newsroom.tag;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.newsroom.text.Slugs;
import news.newsroom.content.ContentChanged;
import news.newsroom.content.ContentChanged.Kind;
import news.newsroom.web.ApiProblem;
import news.newsroom.content.ContentClock;
import news.newsroom.web.OffsetPaging;
import news.newsroom.web.PageRequest;
import news.newsroom.web.QueryParameters;
import news.newsroom.web.Versioned;

@ApplicationScoped
public class TagService {

    private static final String CURSOR_SCOPE = "tags";

    private final Event<ContentChanged> changes;
    private final TagRepository tags;
    private final OffsetPaging paging;
    private final ContentClock clock;

    public TagService(TagRepository tags, OffsetPaging paging, ContentClock clock,
            Event<ContentChanged> changes) {
        this.tags = tags;
        this.paging = paging;
        this.clock = clock;
        this.changes = changes;
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

    @Transactional
    public TagView create(TagInput input) {
        refuseTakenName(input.name().strip(), null);
        Tag tag = new Tag(slugFor(input.slug(), input.name(), null), input.name().strip());
        tags.persist(tag);
        changes.fire(ContentChanged.tag(tag.getId(), Kind.CREATED, tag.getSlug()));
        return TagView.of(tag, 0);
    }

    @Transactional
    public TagView replace(String slug, TagInput input) {
        Tag tag = findBySlug(slug).orElseThrow(() -> ApiProblem.notFound("not-found.tag", slug));
        refuseTakenName(input.name().strip(), tag.getId());
        tag.change(slugFor(input.slug(), input.name(), tag.getId()), input.name().strip());
        changes.fire(ContentChanged.tag(tag.getId(), Kind.UPDATED, slug, tag.getSlug()));
        return TagView.of(tag, tags.countPublishedArticles(List.of(tag.getId())).getOrDefault(tag.getId(), 0L));
    }

    /** Deleting a tag takes it off its articles; the articles stay. */
    @Transactional
    public void delete(String slug) {
        Tag tag = findBySlug(slug).orElseThrow(() -> ApiProblem.notFound("not-found.tag", slug));
        tags.detachFromArticles(tag.getId());
        tags.delete(tag);
        changes.fire(ContentChanged.tag(tag.getId(), Kind.DELETED, slug));
    }

    private String slugFor(String wanted, String name, Long selfId) {
        String slug = Slugs.from(wanted != null ? wanted : name);
        if (slug.isEmpty()) {
            throw ApiProblem.invalidField("slug", "field.slug");
        }
        tags.findBySlug(slug).filter(other -> selfId == null || !other.getId().equals(selfId))
                .ifPresent(other -> {
                    throw ApiProblem.conflict("conflict.slug-taken", slug);
                });
        return slug;
    }

    private void refuseTakenName(String name, Long selfId) {
        tags.find("name", name).firstResultOptional()
                .filter(other -> selfId == null || !other.getId().equals(selfId))
                .ifPresent(other -> {
                    throw ApiProblem.conflict("conflict.slug-taken", other.getSlug());
                });
    }

    public Optional<Long> idOf(String slug) {
        return findBySlug(slug).map(Tag::getId);
    }

    private Optional<Tag> findBySlug(String slug) {
        return QueryParameters.isPlausibleSlug(slug) ? tags.findBySlug(slug) : Optional.empty();
    }
}
