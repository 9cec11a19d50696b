package news.newsroom.cache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import news.newsroom.NewsroomConfig;
import news.newsroom.content.ContentChanged;

/**
 * How nodes tell each other what changed: a PostgreSQL NOTIFY on one channel per schema, carrying the sending
 * node's mark and the surrogate keys, one space apart ({@code node:<id> article-42 articles ...}). A notice is sent
 * inside the write's transaction, so PostgreSQL delivers it to every listening node when, and only if, the write
 * commits; {@link ChangeNoticeListener} hears them.
 */
@ApplicationScoped
public class ChangeNotices {

    private static final String NODE_MARK = "node:";

    private final EntityManager entityManager;
    private final String channel;
    /** This node's mark on the notices it sends: {@code node:} and a random id, new at every start. */
    private final String node = NODE_MARK + UUID.randomUUID();

    public ChangeNotices(NewsroomConfig config, EntityManager entityManager) {
        this.entityManager = entityManager;
        // One channel per schema: dev, test and benchmark schemas may share a database.
        this.channel = "newsroom_responses_" + config.databaseSchema();
    }

    /** In the write's transaction (a plain observer), so the notice shares its fate. */
    void announce(@Observes ContentChanged change) {
        entityManager.createNativeQuery("select count(*) from (select pg_notify(:channel, :keys)) sent")
                .setParameter("channel", channel)
                .setParameter("keys", node + " " + String.join(" ", change.keys()))
                .getSingleResult();
    }

    /**
     * The keys a notice names. This node's own notices name none: it dropped its copies when the write committed,
     * and dropping them again would have the title index rebuilt twice. A notice without a mark (from an older node,
     * or sent by hand) is all keys.
     */
    Optional<Set<String>> keysOf(String notice) {
        List<String> keys = List.of(notice.split(" "));
        if (!keys.isEmpty() && keys.get(0).startsWith(NODE_MARK)) {
            if (keys.get(0).equals(node)) {
                return Optional.empty();
            }
            keys = keys.subList(1, keys.size());
        }
        return Optional.of(Set.copyOf(keys));
    }

    /** The channel this node's writes send on and its listener hears. */
    String channel() {
        return channel;
    }

    /** The mark this node puts before the keys of the notices it sends. */
    String node() {
        return node;
    }
}
