package news.newsroom.author;

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
public class AuthorService {

    private static final String CURSOR_SCOPE = "authors";

    private final AuthorRepository authors;
    private final OffsetPaging paging;
    private final ContentClock clock;

    public AuthorService(AuthorRepository authors, OffsetPaging paging, ContentClock clock) {
        this.authors = authors;
        this.paging = paging;
        this.clock = clock;
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

    public Optional<Long> idOf(String slug) {
        return findBySlug(slug).map(Author::getId);
    }

    private Optional<Author> findBySlug(String slug) {
        return QueryParameters.isPlausibleSlug(slug) ? authors.findBySlug(slug) : Optional.empty();
    }
}
