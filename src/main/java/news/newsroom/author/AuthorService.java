package news.newsroom.author;

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
public class AuthorService {

    private static final String CURSOR_SCOPE = "authors";

    private final Event<ContentChanged> changes;
    private final AuthorRepository authors;
    private final OffsetPaging paging;
    private final ContentClock clock;

    public AuthorService(AuthorRepository authors, OffsetPaging paging, ContentClock clock,
            Event<ContentChanged> changes) {
        this.authors = authors;
        this.paging = paging;
        this.clock = clock;
        this.changes = changes;
    }

    public Versioned<AuthorPage> list(PageRequest request) {
        int start = paging.start(CURSOR_SCOPE, request);
        long total = authors.count();
        List<Author> page = authors.findPageByName(start, request.limit());
        Map<Long, Long> counts = authors.countPublishedArticles(page.stream().map(Author::getId).toList());
        List<AuthorView> items = page.stream()
                .map(author -> AuthorView.of(author, counts.getOrDefault(author.getId(), 0L)))
                .toList();
        String next = paging.next(CURSOR_SCOPE, start, items.size(), total);
        return new Versioned<>(new AuthorPage(items, total, request.limit(), next), clock.lastChange());
    }

    public Optional<Versioned<AuthorView>> find(String slug) {
        return findBySlug(slug).map(author -> new Versioned<>(
                AuthorView.of(author, authors.countPublishedArticles(List.of(author.getId())).getOrDefault(author.getId(), 0L)),
                clock.lastChange()));
    }

    @Transactional
    public AuthorView create(AuthorInput input) {
        Author author = new Author(slugFor(input.slug(), input.name(), null), input.name().strip(),
                blankToNull(input.bio()), avatar(input.avatarUrl()));
        authors.persist(author);
        changes.fire(ContentChanged.author(author.getId(), Kind.CREATED, author.getSlug()));
        return AuthorView.of(author, 0);
    }

    @Transactional
    public AuthorView replace(String slug, AuthorInput input) {
        Author author = findBySlug(slug).orElseThrow(() -> ApiProblem.notFound("not-found.author", slug));
        author.change(slugFor(input.slug(), input.name(), author.getId()), input.name().strip(), blankToNull(input.bio()),
                avatar(input.avatarUrl()));
        changes.fire(ContentChanged.author(author.getId(), Kind.UPDATED, slug, author.getSlug()));
        return AuthorView.of(author, authors.countPublishedArticles(List.of(author.getId())).getOrDefault(author.getId(), 0L));
    }

    @Transactional
    public void delete(String slug) {
        Author author = findBySlug(slug).orElseThrow(() -> ApiProblem.notFound("not-found.author", slug));
        if (authors.countBylines(author.getId()) > 0) {
            throw ApiProblem.conflict("conflict.author-in-use", slug);
        }
        authors.unlinkStaff(author.getId());
        authors.delete(author);
        changes.fire(ContentChanged.author(author.getId(), Kind.DELETED, slug));
    }

    private String slugFor(String wanted, String name, Long selfId) {
        String slug = Slugs.from(wanted != null ? wanted : name);
        if (slug.isEmpty()) {
            throw ApiProblem.invalidField("slug", "field.slug");
        }
        authors.findBySlug(slug).filter(other -> selfId == null || !other.getId().equals(selfId))
                .ifPresent(other -> {
                    throw ApiProblem.conflict("conflict.slug-taken", slug);
                });
        return slug;
    }

    private static String avatar(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        if (!url.startsWith("https://") && !url.startsWith("http://")) {
            throw ApiProblem.invalidField("avatarUrl", "field.web-url");
        }
        return url.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Optional<Long> idOf(String slug) {
        return findBySlug(slug).map(Author::getId);
    }

    private Optional<Author> findBySlug(String slug) {
        return QueryParameters.isPlausibleSlug(slug) ? authors.findBySlug(slug) : Optional.empty();
    }
}
