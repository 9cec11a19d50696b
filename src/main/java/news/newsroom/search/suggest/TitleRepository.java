package news.newsroom.search.suggest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import news.newsroom.SqlRow;
import org.hibernate.jpa.HibernateHints;

/**
 * The published titles that suggestions are made of, matched on {@code article.search_title} (the folded title,
 * trigram-indexed since migration V4). {@link TitleIndex} answers the same questions in memory when it is current;
 * these queries stand in for it until then.
 */
@ApplicationScoped
public class TitleRepository {

    /** How many of the newest titles a suggestion looks at before it asks the trigram index. */
    private static final int RECENT_WINDOW = 500;

    private final EntityManager entityManager;

    public TitleRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Up to {@code limit} published titles, newest first, where a word starts with {@code folded} (what a reader
     * has typed so far, normalized); among the newest {@code window} titles only, when positive.
     *
     * <p>PostgreSQL cannot tell from its statistics how many titles hold a text, so it guesses 1% for every text
     * and walks the time index: for a rare beginning that reads every title, for a common one it is the fastest
     * way. So the newest {@link #RECENT_WINDOW} titles are looked at first; only if they hold fewer than
     * {@code limit} matches are the matches collected from the trigram GIN index (a materialized CTE: collect,
     * then sort).
     */
    public List<TitleSuggestion> titlesWhereAWordStarts(String folded, int limit, int window) {
        String escaped = likeEscaped(folded);
        List<TitleSuggestion> found = suggestions(entityManager.createNativeQuery(
                "select m.id, m.title, m.slug from (select a.id, a.title, a.slug, a.search_title, a.published_at"
                + " from article a where a.status = 'published' order by a.published_at desc, a.id desc"
                + " limit :window) m where (m.search_title like :start or m.search_title like :wordStart)"
                + " order by m.published_at desc, m.id desc limit :limit", Tuple.class)
                .setParameter("window", window > 0 ? window : RECENT_WINDOW)
                .setParameter("start", escaped + "%")
                .setParameter("wordStart", "% " + escaped + "%")
                .setParameter("limit", limit));
        if (found.size() == limit || window > 0) {
            return found;
        }
        return suggestions(entityManager.createNativeQuery(
                "with m as materialized (select a.id, a.title, a.slug, a.search_title, a.published_at"
                + " from article a where a.status = 'published' and (a.search_title like :start"
                + " or a.search_title like :wordStart))"
                + " select m.id, m.title, m.slug from m order by m.published_at desc, m.id desc limit :limit",
                Tuple.class)
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
        return suggestions(entityManager.createNativeQuery(
                "with m as materialized (select a.id, a.title, a.slug, a.published_at from article a"
                + " where a.status = 'published' and a.search_title like :contains)"
                + " select m.id, m.title, m.slug from m where m.id not in (:excluded)"
                + " order by m.published_at desc, m.id desc limit :limit", Tuple.class)
                .setParameter("contains", "%" + likeEscaped(folded) + "%")
                .setParameter("excluded", orNoArticle(excluded))
                .setParameter("limit", limit));
    }

    /**
     * Up to {@code limit} published titles other than {@code excluded} that do not hold {@code folded} but come
     * close to it by trigram word similarity (a typo, a missing letter): most similar first, then newest.
     */
    public List<TitleSuggestion> titlesCloseTo(String folded, List<Long> excluded, int limit) {
        return suggestions(entityManager.createNativeQuery(
                "select a.id, a.title, a.slug from article a"
                + " where a.status = 'published' and :typed <% a.search_title and a.search_title not like :contains"
                + " and a.id not in (:excluded)"
                + " order by word_similarity(:typed, a.search_title) desc, a.published_at desc, a.id desc limit :limit",
                Tuple.class)
                .setParameter("contains", "%" + likeEscaped(folded) + "%")
                .setParameter("typed", folded)
                .setParameter("excluded", orNoArticle(excluded))
                .setParameter("limit", limit));
    }

    /** Every published article's id and folded title, newest first, as {@link TitleIndex} is built from. */
    @SuppressWarnings("unchecked")
    public List<TitleIndex.Entry> publishedTitlesNewestFirst() {
        Stream<Tuple> rows = entityManager.createNativeQuery(
                "select a.id, a.search_title from article a where a.status = 'published'"
                + " order by a.published_at desc, a.id desc", Tuple.class)
                .setHint(HibernateHints.HINT_FETCH_SIZE, 5_000)
                .getResultStream();
        try (rows) {
            return rows.map(SqlRow::new)
                    .map(row -> new TitleIndex.Entry(row.longValue("id"), row.text("search_title"))).toList();
        }
    }

    /** The title and slug of each of {@code ids} still published, in the order of {@code ids}. */
    public List<TitleSuggestion> publishedTitlesOf(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, TitleSuggestion> found = new HashMap<>();
        for (TitleSuggestion title : suggestions(entityManager.createNativeQuery(
                "select a.id, a.title, a.slug from article a where a.id in (:ids) and a.status = 'published'",
                Tuple.class).setParameter("ids", ids))) {
            found.put(title.id(), title);
        }
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    private static List<TitleSuggestion> suggestions(Query query) {
        return SqlRow.all(query).stream()
                .map(row -> new TitleSuggestion(row.longValue("id"), row.text("title"), row.text("slug"))).toList();
    }

    /** {@code ids}, or an id no article has: {@code not in ()} is not SQL. */
    private static List<Long> orNoArticle(List<Long> ids) {
        return ids.isEmpty() ? List.of(0L) : ids;
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
