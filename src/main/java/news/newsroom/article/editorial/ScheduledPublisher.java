package news.newsroom.article.editorial;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Publishes scheduled articles when their time comes, without a restart or a request. */
@ApplicationScoped
public class ScheduledPublisher {

    private static final Logger LOG = Logger.getLogger(ScheduledPublisher.class);

    private final ArticleEditor editor;

    public ScheduledPublisher(ArticleEditor editor) {
        this.editor = editor;
    }

    // Several nodes may run this at once: each publishes what it finds; optimistic locking lets one win per article.
    @Scheduled(every = "${newsroom.editorial.publish-scheduled-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void publishDue() {
        int published = editor.publishDue();
        if (published > 0) {
            LOG.infof("Published %d scheduled article(s)", published);
        }
    }
}
