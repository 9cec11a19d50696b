package news.newsroom.integration.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.newsroom.SqlRow;
import news.newsroom.article.body.Block;

/**
 * What a feed reads besides the page of articles: the section, tag or author it follows (a few columns, not the
 * entity with its counts), and the bodies of a whole page in one statement when the feed is asked for in full.
 */
@ApplicationScoped
public class FeedRepository {

    /** A section, tag or author as a feed's channel names it. */
    public record Topic(long id, String name, String description, Instant updatedAt) {
    }

    private final EntityManager entityManager;

    public FeedRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The section, tag or author with this slug; {@code kind} is not {@code SITE}. */
    public Optional<Topic> findTopic(FeedSubject.Kind kind, String slug) {
        String sql = switch (kind) {
            case SECTION -> "select id, name, description, updated_at from section where slug = :slug";
            case TAG -> "select id, name, cast(null as text) as description, updated_at from tag where slug = :slug";
            case AUTHOR -> "select id, name, bio as description, updated_at from author where slug = :slug";
            case SITE -> throw new IllegalArgumentException("The whole site is not a section, tag or author");
        };
        return SqlRow.all(entityManager.createNativeQuery(sql, Tuple.class).setParameter("slug", slug)).stream()
                .findFirst()
                .map(row -> new Topic(row.longValue("id"), row.text("name"), row.text("description"),
                        row.instant("updated_at")));
    }

    /**
     * The bodies of the given articles by id, in one statement: the body is a lazy attribute of the article, which
     * would otherwise be read one article at a time.
     */
    public Map<Long, List<Block>> findBodies(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Tuple> rows = entityManager
                .createQuery("select a.id as id, a.blocks as blocks from Article a where a.id in :ids", Tuple.class)
                .setParameter("ids", ids)
                .getResultList();
        Map<Long, List<Block>> bodies = new HashMap<>();
        for (Tuple row : rows) {
            @SuppressWarnings("unchecked")
            List<Block> blocks = (List<Block>) row.get("blocks");
            bodies.put(row.get("id", Long.class), blocks == null ? List.of() : blocks);
        }
        return bodies;
    }
}
