package news.newsroom.cache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Set;
import news.newsroom.content.ContentChanged;
import news.newsroom.content.ContentGeneration;
import news.newsroom.content.ContentInvalidated;

/**
 * Drops this node's copies of changed content, at the moments that keep them honest: the generation moves just
 * before a change commits (a read that overlaps the commit is not cached), and once it has committed the copies go
 * ({@link ContentInvalidated}), so no reader is served the old version from here afterwards. A rolled-back write
 * drops nothing. Other nodes' changes arrive through {@link ChangeNoticeListener} and go the same way.
 *
 * <p>Without an active transaction, CDI notifies both observers at once, as the change is fired.
 */
@ApplicationScoped
public class LocalInvalidation {

    private final ContentGeneration generation;
    private final Event<ContentInvalidated> invalidated;

    public LocalInvalidation(ContentGeneration generation, Event<ContentInvalidated> invalidated) {
        this.generation = generation;
        this.invalidated = invalidated;
    }

    void beforeCommit(@Observes(during = TransactionPhase.BEFORE_COMPLETION) ContentChanged change) {
        generation.move();
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChanged change) {
        invalidate(change.keys());
    }

    /** Content under {@code keys} changed (empty: everything may have). */
    void invalidate(Set<String> keys) {
        generation.move();
        invalidated.fire(new ContentInvalidated(keys));
    }

    /**
     * Everything may have changed: while other nodes cannot be heard nothing is current, and what was cached before
     * the connection came back may have missed their changes. Tests that write around the services call this too.
     */
    public void invalidateEverything() {
        invalidate(Set.of());
    }

    /** Whether other nodes' changes can be heard; either way, what is cached now may be stale. */
    void connectionChanged(boolean connected) {
        generation.setConnected(connected);
        invalidateEverything();
    }
}
