package news.newsroom.integration.changes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import news.newsroom.NewsroomConfig;
import org.jboss.logging.Logger;

/**
 * The live stream of changes: every open stream receives each change as the log gets it, on every node (the log's
 * notice, {@link ChangeLogAdvanced}, reaches them all). One thread sends to all streams, reading the log once per
 * round from the position of the stream furthest behind, so streams receive changes in log order and a stream that
 * resumed from an old event id catches up before it goes live.
 */
@ApplicationScoped
public class ChangeStream {

    private static final Logger LOG = Logger.getLogger(ChangeStream.class);
    private static final int ROUND = 500;
    /** How long a browser's EventSource waits before it reconnects with Last-Event-ID. */
    private static final long RECONNECT_MILLIS = 3_000;

    private final ChangeLogRepository changeLog;
    private final ChangeFeedService feed;
    private final ObjectMapper json;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "change-stream");
        thread.setDaemon(true);
        return thread;
    });

    public ChangeStream(ChangeLogRepository changeLog, ChangeFeedService feed, ObjectMapper json,
            NewsroomConfig config) {
        this.changeLog = changeLog;
        this.feed = feed;
        this.json = json;
        long every = config.changes().keepAlive().toMillis();
        sender.scheduleWithFixedDelay(this::keepAlive, every, every, TimeUnit.MILLISECONDS);
    }

    /**
     * Opens a stream after {@code since} (a cursor, from Last-Event-ID or the query; none: from now on), for items
     * of the kinds in {@code entities}.
     *
     * @throws news.newsroom.web.ApiProblem 400 or 410 for a cursor the feed would refuse, before the stream opens
     */
    public void open(String since, Set<String> entities, SseEventSink sink, Sse sse) {
        ChangePosition start = since == null ? ChangePosition.inLog(changeLog.lastSeq()) : feed.start(since);
        if (start.inPublicSet()) {
            // A cursor from the middle of the public set: the stream carries changes only, from where that began.
            start = ChangePosition.inLog(start.seq());
        }
        Listener listener = new Listener(sink, sse, entities, start.seq());
        sink.send(sse.newEventBuilder().comment("changes after this point").reconnectDelay(RECONNECT_MILLIS).build());
        listeners.add(listener);
        sender.execute(this::sendNew);
    }

    void advanced(@Observes ChangeLogAdvanced change) {
        if (!listeners.isEmpty()) {
            sender.execute(this::sendNew);
        }
    }

    void stop(@Observes ShutdownEvent stopping) {
        sender.shutdownNow();
        listeners.forEach(listener -> listener.sink.close());
    }

    /** How many streams are open on this node. */
    public int openStreams() {
        return listeners.size();
    }

    private void sendNew() {
        try {
            boolean behind = true;
            while (behind && !listeners.isEmpty()) {
                long from = listeners.stream().mapToLong(listener -> listener.position).min().orElseThrow();
                List<ChangeRow> rows = QuarkusTransaction.requiringNew()
                        .call(() -> changeLog.after(from, ROUND, PublicSetRepository.ENTITIES));
                for (Listener listener : listeners) {
                    rows.stream().filter(row -> row.seq() > listener.position).forEach(row -> send(listener, row));
                }
                behind = rows.size() == ROUND;
            }
        } catch (RuntimeException failed) {
            LOG.warnf("The live stream could not read the change log (%s); it tries again at the next change",
                    failed.getMessage());
        }
    }

    private void send(Listener listener, ChangeRow row) {
        listener.position = row.seq();
        if (!listener.entities.contains(row.entity())) {
            return;
        }
        OutboundSseEvent event;
        try {
            event = listener.sse.newEventBuilder()
                    .id(feed.cursor(ChangePosition.inLog(row.seq())))
                    .mediaType(MediaType.APPLICATION_JSON_TYPE)
                    .data(String.class, json.writeValueAsString(ChangeEntry.of(row)))
                    .build();
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
        deliver(listener, event);
    }

    private void keepAlive() {
        for (Listener listener : listeners) {
            deliver(listener, listener.sse.newEventBuilder().comment("keep-alive").build());
        }
    }

    private void deliver(Listener listener, OutboundSseEvent event) {
        if (listener.sink.isClosed()) {
            listeners.remove(listener);
            return;
        }
        listener.sink.send(event).exceptionally(gone -> {
            listeners.remove(listener);
            listener.sink.close();
            return null;
        });
    }

    /** One open stream and the last change it was given (or passed over, for kinds it did not ask for). */
    private static final class Listener {
        private final SseEventSink sink;
        private final Sse sse;
        private final Set<String> entities;
        private volatile long position;

        private Listener(SseEventSink sink, Sse sse, Set<String> entities, long position) {
            this.sink = sink;
            this.sse = sse;
            this.entities = entities;
            this.position = position;
        }
    }
}
