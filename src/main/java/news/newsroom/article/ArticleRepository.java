package news.newsroom.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import news.newsroom.author.AuthorRef;
import news.newsroom.search.SearchQuery;
import news.newsroom.section.SectionRef;
import news.newsroom.tag.TagRef;
import org.hibernate.jpa.HibernateHints;
import news.newsroom.search.SearchLevel;
import news.newsroom.search.suggest.TitleIndex;
import news.newsroom.search.suggest.TitleSuggestion;

@ApplicationScoped
public class ArticleRepository implements PanacheRepository<Article> {

    /** Where a keyset page starts: after this (publishedAt, id) in the list's order. */
    public record Position(Instant publishedAt, long id) {
    }

    /** One search hit: the article, its relevance (0 in time orders) and the time it is ordered by. */
    public record SearchHit(long id, double score, Instant sortTime) {
    }

    /** Where a page of search hits starts: after this (score, publishedAt, id) in the hits' order. */
    public record SearchPosition(double score, Instant publishedAt, long id) {
    }

    /** How relevance is weighed: recency measured at {@code asOf} (kept in cursors, so pages agree). */
    public record SearchRanking(Instant asOf, double recencyWeight, double halfLifeDays) {

        /** The highest score an article at {@code level} can have: brand new. */
        public double best(SearchLevel level) {
            return level.weight() + recencyWeight;
        }
    }

    /** How many of the newest titles a suggestion looks at before it asks the trigram index. */
    private static final int SUGGEST_RECENT_WINDOW = 500;
    /** The title's lexemes: the headline's of weight A. Written as in the index (V6), so PostgreSQL can use it. */
    private static final String TITLE_TERMS = "ts_filter(a.search_headline, cast('{a}' as \"char\"[]))";
    /** Reads the bylines and tags that {@link #summaryFieldsOf} gets as JSON. */
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ArticleStatus.DatabaseForm STATUS = new ArticleStatus.DatabaseForm();
    private static final Pattern PLAN_ROWS = Pattern.compile("\"Plan Rows\":\\s*(\\d+)");

    public Optional<Article> findPublishedById(long id) {
        return find("from Article a join fetch a.section where a.id = ?1 and a.status = ?2", id,
                ArticleStatus.PUBLISHED).firstResultOptional();
    }

    /** Any article, whatever its status, with its section. */
    public Optional<Article> findWithSection(long id) {
        return find("from Article a join fetch a.section where a.id = ?1", id).firstResultOptional();
    }

    /** Scheduled articles whose publication time has come. */
    public List<Article> findScheduledDue(Instant now) {
        return find("from Article a join fetch a.section where a.status = ?1 and a.scheduledAt <= ?2 and a.deletedAt is null",
                ArticleStatus.SCHEDULED, now).list();
    }

    public Optional<Article> findPublishedBySlug(String slug) {
        return find("from Article a join fetch a.section where a.slug = ?1 and a.status = ?2", slug,
                ArticleStatus.PUBLISHED).firstResultOptional();
    }

    /** Up to {@code limit} published articles after {@code after} (or from the start), section fetched. */
    public List<Article> findPublishedPage(ArticleQuery query, Position after, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder jpql = new StringBuilder("from Article a join fetch a.section where ")
                .append(filters(query, params));
        boolean newest = query.sort() == ArticleSort.NEWEST;
        String time = sortTime(query);
        if (after != null) {
            // The first, redundant bound lets PostgreSQL start the index scan at the cursor: a deep page
            // costs what the first page costs.
            String cmp = newest ? "<" : ">";
            jpql.append(" and ").append(time).append(' ').append(cmp).append("= :afterTime")
                    .append(" and (").append(time).append(' ').append(cmp).append(" :afterTime or a.id ").append(cmp)
                    .append(" :afterId)");
            params.put("afterTime", after.publishedAt());
            params.put("afterId", after.id());
        }
        String direction = newest ? "desc" : "asc";
        jpql.append(" order by ").append(time).append(' ').append(direction).append(", a.id ").append(direction);
        return find(jpql.toString(), params).range(offset, offset + limit - 1).list();
    }

    public long countPublished(ArticleQuery query) {
        Map<String, Object> params = new HashMap<>();
        return count("from Article a where " + filters(query, params), params);
    }

    /** Loads authors, then tags, of all given articles: two statements whatever the number of articles. */
    public void fetchBylinesAndTags(List<Article> articles) {
        if (articles.isEmpty()) {
            return;
        }
        // The first collection initialized loads those of every article in the session (Article's @BatchSize):
        // one statement for bylines and one for tags, reading only the join rows, not the articles again.
        articles.forEach(article -> org.hibernate.Hibernate.initialize(article.getAuthors()));
        articles.forEach(article -> org.hibernate.Hibernate.initialize(article.getTags()));
    }

    /**
     * Ids of up to {@code limit} published articles most related to {@code article}: most shared tags first,
     * then same section, then newest.
     */
    @SuppressWarnings("unchecked")
    public List<Long> findRelatedIds(Article article, int limit) {
        List<Number> ids = getEntityManager().createNativeQuery("""
                with shared as (
                    select other.article_id, count(*) as shared_tags
                    from article_tag mine
                    join article_tag other on other.tag_id = mine.tag_id and other.article_id <> mine.article_id
                    where mine.article_id = :id
                    group by other.article_id
                )
                select a.id
                from article a
                left join shared s on s.article_id = a.id
                where a.status = 'published' and a.id <> :id
                  and (s.shared_tags is not null or a.section_id = :sectionId)
                order by coalesce(s.shared_tags, 0) desc, (a.section_id = :sectionId) desc,
                         a.published_at desc, a.id desc
                limit :limit
                """)
                .setParameter("id", article.getId())
                .setParameter("sectionId", article.getSection().getId())
                .setParameter("limit", limit)
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /** The given published articles with their sections, in the order of {@code ids}. */
    public List<Article> findPublishedByIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return inOrderOf(ids, find("from Article a join fetch a.section where a.id in ?1 and a.status = ?2", ids,
                ArticleStatus.PUBLISHED).list(), Article::getId);
    }

    /**
     * The hits of one level, and how many articles (after the cursor) the level holds, when that is known.
     *
     * @param total the level's number of matches after the cursor, or -1 when only the newest were read
     */
    public record LevelHits(List<SearchHit> hits, long total) {
    }

    /**
     * Up to {@code limit} articles matching {@code search} and the list filters at exactly {@code level}, after
     * {@code after} in relevance order. Newest first, which within one level is best first.
     *
     * <p>Two ways to the newest matches. Walking the time index, checking each row, stops after {@code limit}
     * matches: the fastest way where matches are dense among the newest articles. Collecting the level's
     * matches from the GIN indexes and sorting them costs what the matches do, and counts them on the way.
     * The levels of other forms of the words are always collected ({@link #collectsFirst}). Those that check the
     * whole document are collected when {@code fewMatches} (PostgreSQL expects few articles to hold the search),
     * and otherwise left to PostgreSQL, which walks for a common word: a walk there reads each row's document,
     * tens of kilobytes, and PostgreSQL guesses every word outside its statistics at 1% of the articles, so it
     * walked all 100,000 (5.2 s) for a word in 14.
     */
    public LevelHits searchLevel(ArticleQuery query, SearchQuery search, SearchLevel level, SearchRanking ranking,
            SearchPosition after, int limit, boolean fewMatches) {
        boolean collect = collectsFirst(level) || readsDocument(level, search) && fewMatches;
        return levelHits(query, search, level, ranking, after, limit, collect);
    }

    /**
     * Whether the level's matches are always collected from the GIN indexes and sorted, never found by walking
     * the time index: at the levels of other forms of the words, where «some form but not the one typed» is rare
     * exactly when the typed form is common, which PostgreSQL cannot know. It multiplies the two frequencies, and
     * for «كريم» in the titles walked all 100,000 rows (815 ms) to find none.
     */
    private static boolean collectsFirst(SearchLevel level) {
        return level == SearchLevel.TITLE || level == SearchLevel.HEADLINE;
    }

    /**
     * Whether the level is read from table article_title_terms (migration V11) rather than article: the levels
     * that test the title alone (no excluded words, which need the document), for the public list with no filter
     * but time: that table holds the status and publication time, nothing else. Walking article's time index
     * unpacked each row's headline, stored out of line.
     */
    private static boolean readsTitleTermsTable(SearchLevel level, ArticleQuery query, SearchQuery search) {
        return (level == SearchLevel.TITLE_EXACT || level == SearchLevel.TITLE) && !readsDocument(level, search)
                && query.publicList() && query.sectionIds().isEmpty() && query.tagIds().isEmpty()
                && query.authorId() == null;
    }

    /** Whether the level checks the whole document: for words beyond the headline, or for excluded words. */
    public static boolean readsDocument(SearchLevel level, SearchQuery search) {
        return level == SearchLevel.SOME_WORDS_IN_TITLE || level == SearchLevel.BODY || search.hasExclusions();
    }

    /**
     * The newest hits of a level, and its count where known: a collected level counts its matches as it sorts
     * them; a walk knows it has seen them all only if it found fewer than it was after.
     */
    @SuppressWarnings("unchecked")
    private LevelHits levelHits(ArticleQuery query, SearchQuery search, SearchLevel level,
            SearchRanking ranking, SearchPosition after, int limit, boolean collect) {
        Map<String, Object> params = new HashMap<>();
        String time = searchTime(query);
        String score = ":level + :recencyWeight * :halfLife / (:halfLife + greatest(0, extract(epoch from"
                + " (cast(:asOf as timestamptz) - " + time + ")) / 86400.0))";
        params.put("level", level.weight());
        params.put("recencyWeight", ranking.recencyWeight());
        params.put("halfLife", ranking.halfLifeDays());
        params.put("asOf", ranking.asOf());
        boolean titleTable = readsTitleTermsTable(level, query, search);
        StringBuilder sql = new StringBuilder(collect ? "with level as materialized (" : "")
                .append("select a.id, ").append(score).append(" as score, ").append(time)
                .append(" as sort_time from ").append(titleTable ? "article_title_terms a" : "article a")
                .append(" where ").append(nativeFilters(query, params))
                .append(" and ").append(levelCondition(level, search, titleTable ? "a.title_terms" : TITLE_TERMS, params));
        if (readsDocument(level, search)) {
            // Last, so that a row is checked against its whole document only if the small vectors let it through.
            sql.append(" and a.search_document @@ cast(:match as tsquery)");
            params.put("match", search.matchQuery());
        }
        if (after != null) {
            sql.append(" and (").append(score).append(", ").append(time).append(", a.id) < (:afterScore, :afterTime, :afterId)");
            params.put("afterScore", after.score());
            params.put("afterTime", after.publishedAt());
            params.put("afterId", after.id());
            Instant newest = newestAfter(level, ranking, after.score());
            if (newest != null) {
                // Redundant with the comparison above, but lets the time index start where the cursor's score is.
                sql.append(" and ").append(time).append(" <= :newest");
                params.put("newest", newest);
            }
        }
        if (collect) {
            sql.append(") select id, score, sort_time, count(*) over () from level")
                    .append(" order by sort_time desc, id desc limit :limit");
        } else {
            sql.append(" order by ").append(time).append(" desc, a.id desc limit :limit");
        }
        params.put("limit", limit);
        var nativeQuery = getEntityManager().createNativeQuery(sql.toString());
        params.forEach(nativeQuery::setParameter);
        List<Object[]> rows = nativeQuery.getResultList();
        List<SearchHit> hits = hits(rows);
        long total = collect ? (rows.isEmpty() ? 0 : ((Number) rows.get(0)[3]).longValue())
                : hits.size() < limit ? hits.size() : -1;
        return new LevelHits(hits, total);
    }

    /**
     * Up to {@code limit} articles matching {@code search} and the list filters in time order (newest or oldest
     * first, as the query sorts), after {@code after} or from {@code offset}. Collected from the GIN index and
     * sorted when {@code fewMatches}, else left to PostgreSQL (see {@link #searchLevel}).
     */
    @SuppressWarnings("unchecked")
    public List<SearchHit> searchByTime(ArticleQuery query, SearchQuery search, SearchPosition after, int offset,
            int limit, boolean fewMatches) {
        Map<String, Object> params = new HashMap<>();
        String time = searchTime(query);
        boolean oldest = query.sort() == ArticleSort.OLDEST;
        String direction = oldest ? "asc" : "desc";
        String cmp = oldest ? ">" : "<";
        StringBuilder sql = new StringBuilder(fewMatches ? "with matching as materialized (" : "")
                .append("select a.id, 0::float8 as score, ").append(time)
                .append(" as sort_time from article a where ").append(nativeFilters(query, params))
                .append(" and a.search_document @@ cast(:match as tsquery)");
        params.put("match", search.matchQuery());
        if (after != null) {
            sql.append(" and ").append(time).append(' ').append(cmp).append("= :afterTime and (").append(time)
                    .append(' ').append(cmp).append(" :afterTime or a.id ").append(cmp).append(" :afterId)");
            params.put("afterTime", after.publishedAt());
            params.put("afterId", after.id());
        }
        if (fewMatches) {
            sql.append(") select id, score, sort_time from matching order by sort_time ").append(direction)
                    .append(", id ").append(direction);
        } else {
            sql.append(" order by ").append(time).append(' ').append(direction).append(", a.id ").append(direction);
        }
        sql.append(" offset :offset limit :limit");
        params.put("offset", offset);
        params.put("limit", limit);
        var nativeQuery = getEntityManager().createNativeQuery(sql.toString());
        params.forEach(nativeQuery::setParameter);
        return hits(nativeQuery.getResultList());
    }

    /**
     * The bodies as plain text (one block a line, table article_body_text) of the given articles, by id: what
     * search highlights are cut from.
     */
    @SuppressWarnings("unchecked")
    public Map<Long, String> bodyTextsOf(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = getEntityManager().createNativeQuery(
                "select article_id, body_text from article_body_text where article_id in (:ids)")
                .setParameter("ids", ids).getResultList();
        Map<Long, String> bodies = new HashMap<>();
        rows.forEach(row -> bodies.put(((Number) row[0]).longValue(), (String) row[1]));
        return bodies;
    }

    /**
     * The level's condition. Levels are exclusive (an article is at its best level only), so that each level's
     * newest rows are all of that level. The headline vector holds title (weight A), subtitle and excerpt, each
     * word as its stems and its exact form; exact forms imply their stems, so «all words as typed» implies «all
     * words». Both vectors are GIN-indexed (migration V6). {@code titleTerms} is where the title's lexemes are
     * read by the two title levels: the expression on article, or table article_title_terms's column.
     */
    private static String levelCondition(SearchLevel level, SearchQuery search, String titleTerms,
            Map<String, Object> params) {
        String titleExact = titleTerms + " @@ cast(:exact as tsquery)";
        String title = TITLE_TERMS + " @@ cast(:field as tsquery)";
        String headlineExact = "a.search_headline @@ cast(:exact as tsquery)";
        String headline = "a.search_headline @@ cast(:field as tsquery)";
        String someInTitle = TITLE_TERMS + " @@ cast(:any as tsquery)";
        String condition = switch (level) {
            case TITLE_EXACT -> titleExact;
            // «in some form, not as typed» as one tsquery: the GIN index answers it whole, where «not» as SQL is
            // a filter that rebuilds the title vector of every candidate row.
            case TITLE -> titleTerms + " @@ cast(:formsOnly as tsquery)";
            case HEADLINE_EXACT -> headlineExact + " and not " + title;
            case HEADLINE -> "a.search_headline @@ cast(:formsOnly as tsquery) and not " + title;
            case SOME_WORDS_IN_TITLE -> someInTitle + " and not " + headline;
            case BODY -> "not " + headline + (search.hasSeveralWords() ? " and not " + someInTitle : "");
        };
        if (condition.contains(":exact")) {
            params.put("exact", search.exactFieldQuery());
        }
        if (condition.contains(":field")) {
            params.put("field", search.fieldQuery());
        }
        if (condition.contains(":formsOnly")) {
            params.put("formsOnly", "(" + search.fieldQuery() + ") & !(" + search.exactFieldQuery() + ")");
        }
        if (condition.contains(":any")) {
            params.put("any", search.anyWordQuery());
        }
        return condition;
    }

    /**
     * The newest time an article at {@code level} can have and still rank after a cursor with {@code score}, or
     * null when every article of the level does. Its recency boost is {@code weight · h / (h + age)}, so it scores
     * below the cursor once older than {@code weight · h / (score - level) - h} days (a second's margin for
     * rounding; the exact comparison is made too).
     */
    private static Instant newestAfter(SearchLevel level, SearchRanking ranking, double score) {
        double gap = score - level.weight();
        if (gap <= 0 || gap > ranking.recencyWeight()) {
            return null;
        }
        double ageDays = ranking.recencyWeight() * ranking.halfLifeDays() / gap - ranking.halfLifeDays();
        if (!(ageDays < 365_000)) {
            return null;
        }
        return ranking.asOf().minusSeconds((long) Math.floor(ageDays * 86_400)).plusSeconds(1);
    }

    private static List<SearchHit> hits(List<Object[]> rows) {
        return rows.stream().map(row -> new SearchHit(((Number) row[0]).longValue(), ((Number) row[1]).doubleValue(),
                toInstant(row[2]))).toList();
    }

    /** The time search hits are ordered by: publication for the public lists, else creation for unpublished work. */
    private static String searchTime(ArticleQuery query) {
        return query.publicList() ? "a.published_at" : "coalesce(a.published_at, a.created_at)";
    }

    /**
     * Up to {@code limit} published titles, newest first, where a word starts with {@code folded} (what a reader
     * has typed so far, normalized); among the newest {@code window} titles only, when positive.
     *
     * <p>PostgreSQL cannot tell from its statistics how many titles hold a text, so it guessed 1% for every text
     * and walked the time index; for a rare beginning that read every title (266 ms for «بلم», 9 titles), for a
     * common one it is the fastest way. So the newest {@link #SUGGEST_RECENT_WINDOW} titles are looked at first;
     * only if they hold fewer than {@code limit} matches are the matches collected from the trigram GIN index (a
     * materialized CTE: collect, then sort). {@link TitleIndex} answers the same question without a query.
     */
    public List<TitleSuggestion> titlesWhereAWordStarts(String folded, int limit, int window) {
        String escaped = likeEscaped(folded);
        int firstWindow = window > 0 ? window : SUGGEST_RECENT_WINDOW;
        List<TitleSuggestion> found = suggestions(getEntityManager().createNativeQuery(
                "select m.id, m.title, m.slug from (select a.id, a.title, a.slug, a.search_title, a.published_at"
                + " from article a where a.status = 'published' order by a.published_at desc, a.id desc"
                + " limit :window) m where (m.search_title like :start or m.search_title like :wordStart)"
                + " order by m.published_at desc, m.id desc limit :limit")
                .setParameter("window", firstWindow)
                .setParameter("start", escaped + "%")
                .setParameter("wordStart", "% " + escaped + "%")
                .setParameter("limit", limit));
        if (found.size() == limit || window > 0) {
            return found;
        }
        return suggestions(getEntityManager().createNativeQuery(
                "with m as materialized (select a.id, a.title, a.slug, a.search_title, a.published_at"
                + " from article a where a.status = 'published' and (a.search_title like :start"
                + " or a.search_title like :wordStart))"
                + " select m.id, m.title, m.slug from m order by m.published_at desc, m.id desc limit :limit")
                .setParameter("start", escaped + "%")
                .setParameter("wordStart", "% " + escaped + "%")
                .setParameter("limit", limit));
    }

    /**
     * Up to {@code limit} published titles other than {@code excluded}, newest first, holding {@code folded}
     * anywhere, so inside a word too. Collected from the trigram GIN index, then sorted (a materialized CTE; see
     * {@link #titlesWhereAWordStarts} for why).
     */
    public List<TitleSuggestion> titlesHoldingInsideAWord(String folded, List<Long> excluded, int limit) {
        return suggestions(getEntityManager().createNativeQuery(
                "with m as materialized (select a.id, a.title, a.slug, a.published_at from article a"
                + " where a.status = 'published' and a.search_title like :contains)"
                + " select m.id, m.title, m.slug from m where m.id not in (:excluded)"
                + " order by m.published_at desc, m.id desc limit :limit")
                .setParameter("contains", "%" + likeEscaped(folded) + "%")
                .setParameter("excluded", orNoArticle(excluded))
                .setParameter("limit", limit));
    }

    /**
     * Up to {@code limit} published titles other than {@code excluded} that do not hold {@code folded} but come
     * close to it by trigram word similarity (a typo, a missing letter): most similar first, then newest.
     */
    public List<TitleSuggestion> titlesCloseTo(String folded, List<Long> excluded, int limit) {
        return suggestions(getEntityManager().createNativeQuery(
                "select a.id, a.title, a.slug from article a"
                + " where a.status = 'published' and :typed <% a.search_title and a.search_title not like :contains"
                + " and a.id not in (:excluded)"
                + " order by word_similarity(:typed, a.search_title) desc, a.published_at desc, a.id desc limit :limit")
                .setParameter("contains", "%" + likeEscaped(folded) + "%")
                .setParameter("typed", folded)
                .setParameter("excluded", orNoArticle(excluded))
                .setParameter("limit", limit));
    }

    /** {@code ids}, or an id no article has: {@code not in ()} is not SQL. */
    private static List<Long> orNoArticle(List<Long> ids) {
        return ids.isEmpty() ? List.of(0L) : ids;
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Every published article's id and folded title, newest first, as {@link TitleIndex} is built from. */
    public List<TitleIndex.Entry> publishedTitlesNewestFirst() {
        @SuppressWarnings("unchecked")
        Stream<Object[]> rows = getEntityManager().createNativeQuery(
                "select a.id, a.search_title from article a where a.status = 'published'"
                + " order by a.published_at desc, a.id desc")
                .setHint(HibernateHints.HINT_FETCH_SIZE, 5_000)
                .getResultStream();
        try (rows) {
            return rows.map(row -> new TitleIndex.Entry(((Number) row[0]).longValue(), (String) row[1])).toList();
        }
    }

    /** The title and slug of each of {@code ids} still published, in the order of {@code ids}. */
    public List<TitleSuggestion> publishedTitlesOf(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, TitleSuggestion> found = new HashMap<>();
        for (TitleSuggestion title : suggestions(getEntityManager().createNativeQuery(
                "select a.id, a.title, a.slug from article a where a.id in (:ids) and a.status = 'published'")
                .setParameter("ids", ids))) {
            found.put(title.id(), title);
        }
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<TitleSuggestion> suggestions(jakarta.persistence.Query query) {
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(row -> new TitleSuggestion(((Number) row[0]).longValue(), (String) row[1],
                (String) row[2])).toList();
    }

    /** How many articles match {@code search} and the list filters. */
    public long countSearch(ArticleQuery query, SearchQuery search) {
        return ((Number) matching("select count(*)", query, search).getSingleResult()).longValue();
    }

    /**
     * PostgreSQL's estimate of {@link #countSearch}, from its statistics of how often each lexeme occurs: planned,
     * not run, so it costs the same for a word in ten articles and in ten thousand.
     */
    public long estimateSearch(ArticleQuery query, SearchQuery search) {
        Matcher rows = PLAN_ROWS.matcher(String.valueOf(
                matching("explain (format json) select 1", query, search).getSingleResult()));
        return rows.find() ? Long.parseLong(rows.group(1)) : 0;
    }

    /** {@code select} over the articles matching {@code search} and the list filters, parameters bound. */
    private jakarta.persistence.Query matching(String select, ArticleQuery query, SearchQuery search) {
        Map<String, Object> params = new HashMap<>();
        var nativeQuery = getEntityManager().createNativeQuery(select + " from article a where "
                + nativeFilters(query, params) + " and a.search_document @@ cast(:match as tsquery)");
        params.put("match", search.matchQuery());
        params.forEach(nativeQuery::setParameter);
        return nativeQuery;
    }

    /**
     * What the summaries of the given articles (any status) are made of, in the order of {@code ids}: one
     * statement, the byline and tags of each article as JSON arrays of [slug, name], instead of loading the
     * entities, their sections, authors and tags (a third of a search's time in the JVM).
     */
    @SuppressWarnings("unchecked")
    public List<SummaryFields> summaryFieldsOf(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select a.id, a.slug, a.title, a.subtitle, a.excerpt, s.slug as section_slug, s.name as section_name,
                    cast((select json_agg(json_build_array(u.slug, u.name) order by aa.position)
                        from article_author aa join author u on u.id = aa.author_id where aa.article_id = a.id) as text),
                    cast((select json_agg(json_build_array(t.slug, t.name))
                        from article_tag at join tag t on t.id = at.tag_id where at.article_id = a.id) as text),
                    a.published_at, a.updated_at, a.featured_image_url, a.featured_image_alt,
                    a.featured_image_caption, a.featured_image_credit, a.word_count, a.comment_count, a.status,
                    a.submitted_at
                from article a join section s on s.id = a.section_id
                where a.id in (:ids)
                """).setParameter("ids", ids).getResultList();
        List<SummaryFields> found = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            found.add(new SummaryFields(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
                    (String) row[3], (String) row[4], new SectionRef((String) row[5], (String) row[6]),
                    pairs((String) row[7], AuthorRef::new), pairs((String) row[8], TagRef::new),
                    row[9] == null ? null : toInstant(row[9]), toInstant(row[10]),
                    row[11] == null ? null : new ImageView((String) row[11], (String) row[12], (String) row[13],
                            (String) row[14]),
                    ((Number) row[15]).intValue(), ((Number) row[16]).intValue(),
                    STATUS.convertToEntityAttribute((String) row[17]),
                    row[18] == null ? null : toInstant(row[18])));
        }
        return inOrderOf(ids, found, SummaryFields::id);
    }

    /** A JSON array of [slug, name] pairs (null for none) as references. */
    private static <T> List<T> pairs(String json, BiFunction<String, String, T> ref) {
        if (json == null) {
            return List.of();
        }
        try {
            List<T> refs = new ArrayList<>();
            for (JsonNode pair : JSON.readTree(json)) {
                refs.add(ref.apply(pair.get(0).asText(), pair.get(1).asText()));
            }
            return refs;
        } catch (JsonProcessingException notFromPostgres) {
            throw new IllegalStateException("json_agg gave what is not JSON", notFromPostgres);
        }
    }

    /** {@code found} in the order of {@code ids}; ids not found are skipped. */
    private static <T> List<T> inOrderOf(List<Long> ids, List<T> found, Function<T, Long> idOf) {
        Map<Long, T> byId = new HashMap<>();
        found.forEach(item -> byId.put(idOf.apply(item), item));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }

    /**
     * The list filters of {@link #filters} in SQL, for the search statement. The published status is written as
     * a literal so PostgreSQL can prove the partial GIN index applies, even in a cached generic plan.
     */
    private static String nativeFilters(ArticleQuery query, Map<String, Object> params) {
        StringBuilder where = new StringBuilder();
        if (query.publicList()) {
            where.append("a.status = 'published'");
        } else if (query.deleted()) {
            where.append("a.deleted_at is not null");
        } else {
            where.append("a.status = :status and a.deleted_at is null");
            params.put("status", query.status().wireName());
        }
        if (query.visibleToAuthorId() != null && !query.publicList()) {
            where.append(" and exists (select 1 from article_author o where o.article_id = a.id and o.author_id = :owner)");
            params.put("owner", query.visibleToAuthorId());
        }
        if (!query.sectionIds().isEmpty()) {
            where.append(" and a.section_id in (:sectionIds)");
            params.put("sectionIds", query.sectionIds());
        }
        for (int i = 0; i < query.tagIds().size(); i++) {
            where.append(" and exists (select 1 from article_tag t").append(i).append(" where t").append(i)
                    .append(".article_id = a.id and t").append(i).append(".tag_id = :tag").append(i).append(')');
            params.put("tag" + i, query.tagIds().get(i));
        }
        if (query.authorId() != null) {
            where.append(" and exists (select 1 from article_author x where x.article_id = a.id and x.author_id = :authorId)");
            params.put("authorId", query.authorId());
        }
        if (query.from() != null) {
            where.append(" and a.published_at >= :from");
            params.put("from", query.from());
        }
        if (query.to() != null) {
            where.append(" and a.published_at < :to");
            params.put("to", query.to());
        }
        return where.toString();
    }

    /** The time a list is ordered by: publication for the public lists, else creation for unpublished work. */
    static String sortTime(ArticleQuery query) {
        return query.publicList() ? "a.publishedAt" : "coalesce(a.publishedAt, a.createdAt)";
    }

    /** The instant {@link #sortTime} orders {@code article} by, for its cursor. */
    static Instant sortTimeOf(ArticleQuery query, Article article) {
        return query.publicList() || article.getPublishedAt() != null ? article.getPublishedAt() : article.getCreatedAt();
    }

    private static String filters(ArticleQuery query, Map<String, Object> params) {
        StringBuilder where = new StringBuilder();
        if (query.deleted()) {
            where.append("a.deletedAt is not null");
        } else {
            // Deleting moves an article out of the published status, so public lists need no deletedAt test.
            where.append("a.status = :status");
            params.put("status", query.status());
            if (!query.publicList()) {
                where.append(" and a.deletedAt is null");
            }
        }
        if (query.visibleToAuthorId() != null && !query.publicList()) {
            where.append(" and exists (select 1 from Article o join o.authors oa where o = a and oa.id = :owner)");
            params.put("owner", query.visibleToAuthorId());
        }
        if (!query.sectionIds().isEmpty()) {
            where.append(" and a.section.id in :sectionIds");
            params.put("sectionIds", query.sectionIds());
        }
        for (int i = 0; i < query.tagIds().size(); i++) {
            where.append(" and exists (select 1 from Article t").append(i).append(" join t").append(i)
                    .append(".tags tag").append(i).append(" where t").append(i).append(" = a and tag").append(i)
                    .append(".id = :tag").append(i).append(')');
            params.put("tag" + i, query.tagIds().get(i));
        }
        if (query.authorId() != null) {
            where.append(" and exists (select 1 from Article b join b.authors au where b = a and au.id = :authorId)");
            params.put("authorId", query.authorId());
        }
        if (query.from() != null) {
            where.append(" and a.publishedAt >= :from");
            params.put("from", query.from());
        }
        if (query.to() != null) {
            where.append(" and a.publishedAt < :to");
            params.put("to", query.to());
        }
        return where.toString();
    }
}
