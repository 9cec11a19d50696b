package news.newsroom.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.newsroom.SqlRow;
import news.newsroom.article.ArticleFilters;
import news.newsroom.article.ArticleQuery;
import news.newsroom.article.ArticleSort;
import news.newsroom.web.TimePosition;

/**
 * The search statements: the hits of one relevance level, hits in time order, and how many articles match. Each
 * combines the list filters ({@link ArticleFilters}, in their SQL form) with PostgreSQL full-text conditions on
 * the search vectors (migrations V4, V6, V11).
 */
@ApplicationScoped
public class SearchRepository {

    /**
     * The hits of one level, and how many articles (after the cursor) the level holds, when that is known.
     *
     * @param total the level's number of matches after the cursor, or -1 when only the newest were read
     */
    public record LevelHits(List<SearchHit> hits, long total) {
    }

    /** The title's lexemes: the headline's of weight A. Written as in the index (V6), so PostgreSQL can use it. */
    private static final String TITLE_TERMS = "ts_filter(a.search_headline, cast('{a}' as \"char\"[]))";
    private static final Pattern PLAN_ROWS = Pattern.compile("\"Plan Rows\":\\s*(\\d+)");

    private final EntityManager entityManager;

    public SearchRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
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
     * and otherwise left to PostgreSQL, which walks for a common word: a walk there reads each row's whole
     * document, and PostgreSQL guesses every word outside its statistics at 1% of the articles, so it would walk
     * the whole archive for a rare word.
     */
    public LevelHits searchLevel(ArticleQuery query, SearchQuery search, SearchLevel level, SearchRanking ranking,
            RelevancePosition after, int limit, boolean fewMatches) {
        boolean collect = collectsFirst(level) || readsDocument(level, search) && fewMatches;
        return levelHits(query, search, level, ranking, after, limit, collect);
    }

    /**
     * Whether the level's matches are always collected from the GIN indexes and sorted, never found by walking
     * the time index: at the levels of other forms of the words, where «some form but not the one typed» is rare
     * exactly when the typed form is common, which PostgreSQL cannot know: it multiplies the two frequencies, and
     * walked every row to find none.
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
    static boolean readsDocument(SearchLevel level, SearchQuery search) {
        return level == SearchLevel.SOME_WORDS_IN_TITLE || level == SearchLevel.BODY || search.hasExclusions();
    }

    /**
     * The newest hits of a level, and its count where known: a collected level counts its matches as it sorts
     * them; a walk knows it has seen them all only if it found fewer than it was after.
     */
    private LevelHits levelHits(ArticleQuery query, SearchQuery search, SearchLevel level,
            SearchRanking ranking, RelevancePosition after, int limit, boolean collect) {
        Map<String, Object> params = new HashMap<>();
        String time = ArticleFilters.sortTime(query).sql();
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
                .append(" where ").append(ArticleFilters.sql(query, params))
                .append(" and ").append(levelCondition(level, search, titleTable ? "a.title_terms" : TITLE_TERMS, params));
        if (readsDocument(level, search)) {
            // Last, so that a row is checked against its whole document only if the small vectors let it through.
            sql.append(" and a.search_document @@ cast(:match as tsquery)");
            params.put("match", search.matchQuery());
        }
        if (after != null) {
            sql.append(" and (").append(score).append(", ").append(time).append(", a.id) < (:afterScore, :afterTime, :afterId)");
            params.put("afterScore", after.score());
            params.put("afterTime", after.time());
            params.put("afterId", after.id());
            Instant newest = newestAfter(level, ranking, after.score());
            if (newest != null) {
                // Redundant with the comparison above, but lets the time index start where the cursor's score is.
                sql.append(" and ").append(time).append(" <= :newest");
                params.put("newest", newest);
            }
        }
        if (collect) {
            sql.append(") select id, score, sort_time, count(*) over () as level_total from level")
                    .append(" order by sort_time desc, id desc limit :limit");
        } else {
            sql.append(" order by ").append(time).append(" desc, a.id desc limit :limit");
        }
        params.put("limit", limit);
        List<SqlRow> rows = SqlRow.all(bound(sql.toString(), params));
        List<SearchHit> hits = rows.stream().map(SearchRepository::hit).toList();
        long total = collect ? (rows.isEmpty() ? 0 : rows.get(0).longValue("level_total"))
                : hits.size() < limit ? hits.size() : -1;
        return new LevelHits(hits, total);
    }

    /**
     * Up to {@code limit} articles matching {@code search} and the list filters in time order (newest or oldest
     * first, as the query sorts), after {@code after} or from {@code offset}. Collected from the GIN index and
     * sorted when {@code fewMatches}, else left to PostgreSQL (see {@link #searchLevel}).
     */
    public List<SearchHit> searchByTime(ArticleQuery query, SearchQuery search, RelevancePosition after, int offset,
            int limit, boolean fewMatches) {
        Map<String, Object> params = new HashMap<>();
        String time = ArticleFilters.sortTime(query).sql();
        boolean oldest = query.sort() == ArticleSort.OLDEST;
        String direction = oldest ? "asc" : "desc";
        StringBuilder sql = new StringBuilder(fewMatches ? "with matching as materialized (" : "")
                .append("select a.id, 0::float8 as score, ").append(time)
                .append(" as sort_time from article a where ").append(ArticleFilters.sql(query, params))
                .append(" and a.search_document @@ cast(:match as tsquery)");
        params.put("match", search.matchQuery());
        if (after != null) {
            sql.append(" and ").append(new TimePosition(after.time(), after.id())
                    .after(time, "a.id", !oldest, params));
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
        return SqlRow.all(bound(sql.toString(), params)).stream().map(SearchRepository::hit).toList();
    }

    /** How many articles match {@code search} and the list filters. */
    public long count(ArticleQuery query, SearchQuery search) {
        return ((Number) matching("select count(*)", query, search).getSingleResult()).longValue();
    }

    /**
     * PostgreSQL's estimate of {@link #count}, from its statistics of how often each lexeme occurs: planned, not
     * run, so it costs the same for a word in ten articles and in ten thousand.
     */
    public long estimate(ArticleQuery query, SearchQuery search) {
        Matcher rows = PLAN_ROWS.matcher(String.valueOf(
                matching("explain (format json) select 1", query, search).getSingleResult()));
        return rows.find() ? Long.parseLong(rows.group(1)) : 0;
    }

    /** {@code select} over the articles matching {@code search} and the list filters, parameters bound. */
    private Query matching(String select, ArticleQuery query, SearchQuery search) {
        Map<String, Object> params = new HashMap<>();
        String sql = select + " from article a where " + ArticleFilters.sql(query, params)
                + " and a.search_document @@ cast(:match as tsquery)";
        params.put("match", search.matchQuery());
        Query nativeQuery = entityManager.createNativeQuery(sql);
        params.forEach(nativeQuery::setParameter);
        return nativeQuery;
    }

    private Query bound(String sql, Map<String, Object> params) {
        Query nativeQuery = entityManager.createNativeQuery(sql, Tuple.class);
        params.forEach(nativeQuery::setParameter);
        return nativeQuery;
    }

    private static SearchHit hit(SqlRow row) {
        return new SearchHit(row.longValue("id"), row.doubleValue("score"), row.instant("sort_time"));
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
}
