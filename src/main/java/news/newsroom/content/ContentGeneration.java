package news.newsroom.content;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Whether a copy of content held in memory may still be used: the rule shared by the response cache, the cached
 * search summaries, the title index and the {@link ContentClock}. A copy read in generation {@code g} is current
 * while the generation is still {@code g} and this node hears other nodes' changes.
 *
 * <p>The generation moves just before a change commits, and again when its copies are dropped after the commit (or
 * when another node's notice arrives), so a read that overlapped a commit may have seen the old rows and is not
 * cached. While the connection that hears other nodes is down, no copy is current: this node cannot know what they
 * changed. Only the invalidation in {@code cache/} moves the generation and reports the connection.
 */
@ApplicationScoped
public class ContentGeneration {

    private final AtomicLong generation = new AtomicLong();
    /** False until this node hears other nodes' changes (just after start-up), and while it cannot. */
    private volatile boolean connected;

    public long current() {
        return generation.get();
    }

    /** Whether what was read in generation {@code readIn} may be cached, or still be used. */
    public boolean stillCurrent(long readIn) {
        return connected && generation.get() == readIn;
    }

    /** Whether this node hears the changes other nodes commit. */
    public boolean connected() {
        return connected;
    }

    /** Content is changing or has changed: what was read before is not current any more. */
    public void move() {
        generation.incrementAndGet();
    }

    public void setConnected(boolean connected) {
        this.connected = connected;
    }
}
