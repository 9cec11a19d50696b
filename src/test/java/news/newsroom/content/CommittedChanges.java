package news.newsroom.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Every {@link ContentChanged} whose write committed, as the observers that act after commit see them: a test
 * forgets what came before, performs a write, and reads what it announced.
 */
@ApplicationScoped
public class CommittedChanges {

    private final List<ContentChanged> seen = new CopyOnWriteArrayList<>();

    void record(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChanged change) {
        seen.add(change);
    }

    public void forget() {
        seen.clear();
    }

    public List<ContentChanged> seen() {
        return List.copyOf(seen);
    }
}
