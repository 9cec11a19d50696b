package news.newsroom.integration.changes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.util.List;
import java.util.Map;
import news.newsroom.SqlRow;

/**
 * The public set as it is now, read by id, one kind of item at a time: what a client that starts the change feed
 * without a cursor receives before the log. Each live item once, with the type that brought it in.
 */
@ApplicationScoped
public class PublicSetRepository {

    /** The items of each kind, in the order a client receives them: what others point at comes first. */
    public static final List<String> ENTITIES = List.of("section", "author", "tag", "article", "comment");

    private static final Map<String, String> QUERIES = Map.of(
            "section", "select id, slug, null as article_id, updated_at from section where id > :after",
            "author", "select id, slug, null as article_id, updated_at from author where id > :after",
            "tag", "select id, slug, null as article_id, updated_at from tag where id > :after",
            "article", "select id, slug, null as article_id, updated_at from article"
                    + " where id > :after and status = 'published' and deleted_at is null",
            "comment", "select id, null as slug, article_id, updated_at from comment"
                    + " where id > :after and status = 'approved'");

    private static final Map<String, ChangeType> ENTERED_AS = Map.of(
            "section", ChangeType.SECTION_CREATED, "author", ChangeType.AUTHOR_CREATED, "tag", ChangeType.TAG_CREATED,
            "article", ChangeType.ARTICLE_PUBLISHED, "comment", ChangeType.COMMENT_APPROVED);

    private final EntityManager entityManager;

    public PublicSetRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Up to {@code limit} public items of kind {@code entity} with ids above {@code afterId}, by id. */
    public List<ChangeRow> page(String entity, long afterId, int limit) {
        String type = ENTERED_AS.get(entity).wireName();
        return SqlRow.all(entityManager.createNativeQuery(QUERIES.get(entity) + " order by id limit :limit", Tuple.class)
                .setParameter("after", afterId)
                .setParameter("limit", limit))
                .stream()
                .map(row -> new ChangeRow(0, type, entity, row.longValue("id"), row.text("slug"),
                        row.longOrNull("article_id"), false, row.instant("updated_at")))
                .toList();
    }
}
