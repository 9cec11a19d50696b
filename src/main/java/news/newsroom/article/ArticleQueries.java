package news.newsroom.article;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import news.newsroom.NewsroomConfig;
import news.newsroom.author.AuthorService;
import news.newsroom.section.SectionService;
import news.newsroom.staff.Caller;
import news.newsroom.tag.TagService;
import news.newsroom.web.ApiProblem;
import news.newsroom.web.QueryParameters;

/**
 * Turns an article list request into an {@link ArticleQuery}: slugs become ids (a subsection's articles belong to
 * its section), dates become instants in the newsroom's time zone, and staff-only filters are checked against the
 * caller. Each problem is a 400 naming its parameter.
 */
@ApplicationScoped
public class ArticleQueries {

    public static final int MAX_TAG_FILTERS = 10;

    private final SectionService sections;
    private final TagService tags;
    private final AuthorService authors;
    private final NewsroomConfig config;

    public ArticleQueries(SectionService sections, TagService tags, AuthorService authors, NewsroomConfig config) {
        this.sections = sections;
        this.tags = tags;
        this.authors = authors;
        this.config = config;
    }

    /** The query of {@code request}; a search's default order is relevance, a list's the newest first. */
    public ArticleQuery resolve(ArticleListRequest request, Optional<Caller> caller) {
        boolean searching = request.searching();
        ArticleSort sort = request.sort() != null ? request.sort() : searching ? ArticleSort.RELEVANCE : ArticleSort.NEWEST;
        if (sort == ArticleSort.RELEVANCE && !searching) {
            throw ApiProblem.invalidParameter("sort", "param.relevance-needs-q");
        }
        StatusFilter status = StatusFilter.of(request.status(), caller);
        List<Long> sectionIds = sectionIds(request.section());
        List<Long> tagIds = tagIds(request.tags());
        Long authorId = authorId(request.author());
        Instant from = request.from() == null ? null : request.from().start(config.timeZone());
        Instant to = request.to() == null ? null : request.to().end(config.timeZone());
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiProblem.invalidParameter("from", "param.date-order");
        }
        return new ArticleQuery(sectionIds, tagIds, authorId, from, to, sort, status.status(), status.deleted(),
                status.visibleToAuthorId());
    }

    private List<Long> sectionIds(String slug) {
        if (slug == null) {
            return List.of();
        }
        return (QueryParameters.isPlausibleSlug(slug) ? sections.idsWithin(slug) : Optional.<List<Long>>empty())
                .orElseThrow(() -> ApiProblem.invalidParameter("section", "param.unknown-section", slug));
    }

    private List<Long> tagIds(List<String> slugs) {
        List<String> wanted = slugs == null ? List.of() : slugs.stream().distinct().toList();
        if (wanted.size() > MAX_TAG_FILTERS) {
            throw ApiProblem.invalidParameter("tag", "param.too-many", MAX_TAG_FILTERS);
        }
        List<Long> ids = new ArrayList<>();
        for (String slug : wanted) {
            ids.add((QueryParameters.isPlausibleSlug(slug) ? tags.idOf(slug) : Optional.<Long>empty())
                    .orElseThrow(() -> ApiProblem.invalidParameter("tag", "param.unknown-tag", slug)));
        }
        return ids;
    }

    private Long authorId(String slug) {
        if (slug == null) {
            return null;
        }
        return (QueryParameters.isPlausibleSlug(slug) ? authors.idOf(slug) : Optional.<Long>empty())
                .orElseThrow(() -> ApiProblem.invalidParameter("author", "param.unknown-author", slug));
    }
}
