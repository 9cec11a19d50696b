package news.newsroom.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import news.newsroom.SqlRow;
import news.newsroom.article.ArticleRepository;
import news.newsroom.article.ArticleStatus;
import news.newsroom.article.ImageView;
import news.newsroom.article.SummaryFields;
import news.newsroom.author.AuthorRef;
import news.newsroom.section.SectionRef;
import news.newsroom.tag.TagRef;

/** What a page of search hits shows, read by the hits' ids: their summaries' fields and their bodies as text. */
@ApplicationScoped
public class HitRepository {

    /** Reads the bylines and tags that {@link #summaryFieldsOf} gets as JSON. */
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ArticleStatus.DatabaseForm STATUS = new ArticleStatus.DatabaseForm();

    private final EntityManager entityManager;

    public HitRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * What the summaries of the given articles (any status) are made of, in the order of {@code ids}: one
     * statement, the byline and tags of each article as JSON arrays of [slug, name], instead of loading the
     * entities with their sections, authors and tags.
     */
    public List<SummaryFields> summaryFieldsOf(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<SqlRow> rows = SqlRow.all(entityManager.createNativeQuery("""
                select a.id, a.slug, a.title, a.subtitle, a.excerpt, s.slug as section_slug, s.name as section_name,
                    cast((select json_agg(json_build_array(u.slug, u.name) order by aa.position)
                        from article_author aa join author u on u.id = aa.author_id where aa.article_id = a.id)
                        as text) as authors,
                    cast((select json_agg(json_build_array(t.slug, t.name))
                        from article_tag at join tag t on t.id = at.tag_id where at.article_id = a.id) as text) as tags,
                    a.published_at, a.updated_at, a.featured_image_url, a.featured_image_alt,
                    a.featured_image_caption, a.featured_image_credit, a.word_count, a.comment_count, a.status,
                    a.submitted_at
                from article a join section s on s.id = a.section_id
                where a.id in (:ids)
                """, Tuple.class).setParameter("ids", ids));
        List<SummaryFields> found = new ArrayList<>(rows.size());
        for (SqlRow row : rows) {
            String imageUrl = row.text("featured_image_url");
            found.add(new SummaryFields(row.longValue("id"), row.text("slug"), row.text("title"),
                    row.text("subtitle"), row.text("excerpt"),
                    new SectionRef(row.text("section_slug"), row.text("section_name")),
                    pairs(row.text("authors"), AuthorRef::new), pairs(row.text("tags"), TagRef::new),
                    row.instant("published_at"), row.instant("updated_at"),
                    imageUrl == null ? null : new ImageView(imageUrl, row.text("featured_image_alt"),
                            row.text("featured_image_caption"), row.text("featured_image_credit")),
                    row.intValue("word_count"), row.intValue("comment_count"),
                    STATUS.convertToEntityAttribute(row.text("status")), row.instant("submitted_at")));
        }
        return ArticleRepository.inOrderOf(ids, found, SummaryFields::id);
    }

    /**
     * The bodies as plain text (one block a line, table article_body_text) of the given articles, by id: what
     * search highlights are cut from.
     */
    public Map<Long, String> bodyTextsOf(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> bodies = new HashMap<>();
        SqlRow.all(entityManager.createNativeQuery(
                "select article_id, body_text from article_body_text where article_id in (:ids)", Tuple.class)
                .setParameter("ids", ids))
                .forEach(row -> bodies.put(row.longValue("article_id"), row.text("body_text")));
        return bodies;
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
}
