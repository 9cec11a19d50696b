package news.newsroom.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import news.newsroom.NewsroomConfig;

/**
 * Public GET responses as they were sent (JSON bytes and caching headers), by request URI, so a hot article or
 * list page is answered without the database or JSON serialization, and a conditional request for it is a 304
 * at once. Each response is filed under its surrogate keys ({@code article-42}, {@code articles}, ...); a write
 * names the keys it affects and, when its transaction commits, every response filed under one of them goes.
 *
 * <p>A read that was under way while a write committed may have read the old rows: every eviction moves the
 * generation on, and a response is only kept if the generation is still the one its request started in.
 *
 * <p>Other nodes hear of a write through PostgreSQL NOTIFY, sent in the write's transaction
 * ({@link ResponseCacheListener}); until a node listens, it keeps nothing.
 */
@ApplicationScoped
public class ResponseCache {

    /** A response as it is sent again. */
    public record Entry(byte[] body, EntityTag etag, Date lastModified, String cacheControl, String surrogateKey,
            String link, Set<String> keys) {

        /** The caching headers of this response, the same on a 200 and a 304, first sent or kept. */
        public Response.ResponseBuilder headersOn(Response.ResponseBuilder builder) {
            builder.tag(etag).header(HttpHeaders.CACHE_CONTROL, cacheControl);
            if (lastModified != null) {
                builder.lastModified(lastModified);
            }
            if (surrogateKey != null) {
                builder.header(CacheableResponses.SURROGATE_KEY, surrogateKey);
            }
            if (link != null) {
                builder.header("Link", link);
            }
            return builder;
        }
    }

    private static final String NODE_MARK = "node:";
    /** Per entry beyond its body: key, headers, references. */
    private static final int OVERHEAD_BYTES = 512;

    private final Cache<String, Entry> entries;
    private final AtomicLong generation = new AtomicLong();
    private final TransactionSynchronizationRegistry transactions;
    private final EntityManager entityManager;
    private final String channel;
    /** This node's mark on the notices it sends: {@code node:} and a random id, new at every start. */
    private final String node = NODE_MARK + UUID.randomUUID();
    private final Event<ResponsesDropped> dropped;
    /** True while no node-to-node evictions can be heard: nothing is kept then. */
    private volatile boolean deaf = true;

    public ResponseCache(NewsroomConfig config, TransactionSynchronizationRegistry transactions,
            EntityManager entityManager, Event<ResponsesDropped> dropped) {
        this.transactions = transactions;
        this.dropped = dropped;
        this.entityManager = entityManager;
        // One channel per schema: dev, test and benchmark schemas may share a database.
        this.channel = "newsroom_responses_" + config.databaseSchema();
        this.entries = Caffeine.newBuilder()
                .maximumWeight(config.http().responseCacheBytes())
                .weigher((String uri, Entry entry) -> entry.body().length + uri.length() + OVERHEAD_BYTES)
                .build();
    }

    public long generation() {
        return generation.get();
    }

    public Optional<Entry> find(String uri) {
        return Optional.ofNullable(entries.getIfPresent(uri));
    }

    /** Keeps a response read in {@code startedIn}, unless content changed since. */
    public void remember(String uri, long startedIn, Entry entry) {
        if (stillCurrent(startedIn)) {
            entries.put(uri, entry);
            if (!stillCurrent(startedIn)) {
                entries.invalidate(uri); // a write committed while we stored it
            }
        }
    }

    /**
     * Whether what was read in generation {@code startedIn} may be kept, or still be used: other nodes' writes
     * are heard, and none has committed since. The rule of every copy kept in memory (responses, summaries, the
     * content clock).
     */
    public boolean stillCurrent(long startedIn) {
        return !deaf && generation.get() == startedIn;
    }

    /**
     * Drops every response filed under one of {@code keys}: when the current transaction commits (so no reader
     * is served the old version from here afterwards), or at once outside a transaction.
     */
    public void changed(Collection<String> keys) {
        Set<String> affected = Set.copyOf(keys);
        // Delivered to every node's listener when the transaction commits, never if it rolls back. Marked with
        // this node, which evicts at commit already and skips its own notice.
        entityManager.createNativeQuery("select count(*) from (select pg_notify(:channel, :keys)) sent")
                .setParameter("channel", channel).setParameter("keys", node + " " + String.join(" ", affected))
                .getSingleResult();
        if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    generation.incrementAndGet();
                }

                @Override
                public void afterCompletion(int status) {
                    evict(affected);
                }
            });
        } else {
            evict(affected);
        }
    }

    /** Everything goes (tests, and changes whose reach is not worth computing). */
    public void clear() {
        generation.incrementAndGet();
        entries.invalidateAll();
        dropped.fire(new ResponsesDropped(Set.of()));
    }

    /** The mark this node puts before the keys of the notices it sends. */
    String node() {
        return node;
    }

    /** The NOTIFY channel this node's writes send on and its listener hears. */
    String channel() {
        return channel;
    }

    /**
     * Evictions announced on the channel: surrogate keys one space apart, after the sending node's mark. This
     * node's own notices are skipped (it evicted when the write committed; again would drop the title index a
     * second time, and have it rebuilt twice). A notice without a mark (an older node, or by hand) is all keys.
     */
    void evictAnnounced(String notice) {
        List<String> keys = List.of(notice.split(" "));
        if (!keys.isEmpty() && keys.get(0).startsWith(NODE_MARK)) {
            if (keys.get(0).equals(node)) {
                return;
            }
            keys = keys.subList(1, keys.size());
        }
        evict(Set.copyOf(keys));
    }

    /**
     * False until the listener hears other nodes (just after start-up, or while its connection is down): nothing
     * kept in memory can be trusted to be current then.
     */
    public boolean keeping() {
        return !deaf;
    }

    /** While the listener cannot hear other nodes nothing is kept; either way, what is kept now may be stale. */
    void stopKeeping(boolean deaf) {
        this.deaf = deaf;
        clear();
    }

    private void evict(Set<String> affected) {
        generation.incrementAndGet();
        entries.asMap().values().removeIf(entry -> !Collections.disjoint(entry.keys(), affected));
        dropped.fire(new ResponsesDropped(affected));
    }
}
