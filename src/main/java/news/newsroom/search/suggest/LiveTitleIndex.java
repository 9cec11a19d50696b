package news.newsroom.search.suggest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import news.newsroom.content.ContentClock;
import news.newsroom.content.ContentGeneration;
import news.newsroom.content.ContentInvalidated;
import news.newsroom.content.SurrogateKeys;
import org.jboss.logging.Logger;

/**
 * A {@link TitleIndex} of the published titles, kept in step with them the way cached responses are: every change
 * to an article drops it (on every node: {@link ContentInvalidated}), and the next suggestion asks for a new one,
 * built in the background from the database. Until it is there, and whenever this node cannot hear other nodes'
 * changes ({@link ContentGeneration}), suggestions are answered by queries, with the same results.
 */
@ApplicationScoped
public class LiveTitleIndex {

    private static final Logger LOG = Logger.getLogger(LiveTitleIndex.class);
    /** A build that keeps being overtaken by writes gives up for now; the next suggestion asks again. */
    private static final int BUILD_ATTEMPTS = 3;

    /** The index, and the content clock when its titles were read: the Last-Modified of what it suggests. */
    public record Snapshot(TitleIndex titles, Instant lastChange) {
    }

    private final TitleRepository titles;
    private final ContentGeneration generation;
    private final ContentClock clock;
    private final ExecutorService builder = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "title-index-builder");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean building = new AtomicBoolean();
    /** Guarded by {@code this}, with {@link #changes}: a build is used only if no change came while it read. */
    private Snapshot current;
    private long changes;

    public LiveTitleIndex(TitleRepository titles, ContentGeneration generation, ContentClock clock) {
        this.titles = titles;
        this.generation = generation;
        this.clock = clock;
    }

    /** The index of the titles as they are now; empty while it is being built or cannot be trusted. */
    public Optional<Snapshot> current() {
        if (!generation.connected()) {
            return Optional.empty();
        }
        Snapshot index;
        synchronized (this) {
            index = current;
        }
        if (index == null && building.compareAndSet(false, true)) {
            builder.execute(this::build);
        }
        return Optional.ofNullable(index);
    }

    /** Builds the index now (the background builder, and tests); true when it is current afterwards. */
    boolean buildNow() {
        for (int attempt = 0; attempt < BUILD_ATTEMPTS; attempt++) {
            long changesBefore;
            synchronized (this) {
                changesBefore = changes;
            }
            // A write moves the generation on just before it commits, and drops the index just after: a read
            // between the two may miss it, so both are compared once the titles are read.
            long readIn = generation.current();
            // The clock first: a write after it drops this build, so the titles are never newer than it says.
            Snapshot index = QuarkusTransaction.requiringNew().call(() -> {
                Instant lastChange = clock.lastChange();
                return new Snapshot(TitleIndex.of(titles.publishedTitlesNewestFirst()), lastChange);
            });
            synchronized (this) {
                if (changes == changesBefore && generation.current() == readIn) {
                    current = index;
                    return true;
                }
            }
        }
        return false;
    }

    private void build() {
        try {
            buildNow();
        } catch (RuntimeException e) {
            LOG.warn("The index of published titles could not be built; suggestions use queries meanwhile", e);
        } finally {
            building.set(false);
        }
    }

    void dropWhenTitlesChange(@Observes ContentInvalidated invalidated) {
        if (invalidated.affects(SurrogateKeys.TITLES)) {
            synchronized (this) {
                changes++;
                current = null;
            }
        }
    }

    @PreDestroy
    void stop() {
        builder.shutdownNow();
    }
}
