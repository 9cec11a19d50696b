package news.newsroom.integration.changes;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import news.newsroom.web.ApiProblem;
import news.newsroom.web.CursorCodec;
import news.newsroom.web.ProblemType;

/**
 * The change feed: a client without a cursor first receives the public set as it is (each live item once, by
 * kind then id), then the log's changes after the seq it began at; a client with a cursor goes on where it was.
 * An item changed while the client read the public set may come twice, once from each; applying entries in order
 * leaves the client holding the public set either way.
 */
@ApplicationScoped
public class ChangeFeedService {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1_000;
    /** The query parameter a cursor comes back in. */
    public static final String SINCE = "since";
    static final String SCOPE = "changes";

    private final ChangeLogRepository changeLog;
    private final PublicSetRepository publicSet;
    private final CursorCodec cursors;

    public ChangeFeedService(ChangeLogRepository changeLog, PublicSetRepository publicSet, CursorCodec cursors) {
        this.changeLog = changeLog;
        this.publicSet = publicSet;
        this.cursors = cursors;
    }

    /**
     * Up to {@code limit} entries after {@code since} (none: from the start) of the kinds in {@code entities}.
     *
     * @throws ApiProblem 400 for a cursor this API did not issue; 410 for one older than the changes kept
     */
    public ChangePage page(String since, int limit, Set<String> entities) {
        ChangePosition position = start(since);
        List<ChangeRow> rows = new ArrayList<>();
        while (position.inPublicSet() && rows.size() < limit) {
            int wanted = limit - rows.size();
            List<ChangeRow> items = entities.contains(position.stage())
                    ? publicSet.page(position.stage(), position.afterId(), wanted) : List.of();
            rows.addAll(items);
            position = items.size() == wanted
                    ? new ChangePosition(position.stage(), position.seq(), items.get(items.size() - 1).entityId())
                    : nextStage(position);
        }
        boolean more = position.inPublicSet();
        if (!position.inPublicSet() && rows.size() < limit) {
            int wanted = limit - rows.size();
            List<ChangeRow> changes = changeLog.after(position.seq(), wanted + 1, entities);
            more = changes.size() > wanted;
            changes = more ? changes.subList(0, wanted) : changes;
            rows.addAll(changes);
            if (!changes.isEmpty()) {
                position = ChangePosition.inLog(changes.get(changes.size() - 1).seq());
            }
        }
        return new ChangePage(rows.stream().map(ChangeEntry::of).toList(), cursor(position), more);
    }

    /** The cursor of a position, for the feed's pages and the live stream's event ids. */
    String cursor(ChangePosition position) {
        return cursors.encode(SCOPE, ChangePosition.FORMAT, position);
    }

    /**
     * Where a client that sent {@code since} (or nothing) starts.
     *
     * @throws ApiProblem 400 for a cursor this API did not issue; 410 for one the log can no longer follow
     */
    ChangePosition start(String since) {
        long last = changeLog.lastSeq();
        if (since == null) {
            return new ChangePosition(PublicSetRepository.ENTITIES.get(0), last, 0);
        }
        ChangePosition position = cursors.decode(SCOPE, ChangePosition.FORMAT, since, SINCE);
        // Below the horizon, retention removed changes the client has not seen; above the last seq, the log was
        // reset (a restored backup) and the client holds changes it no longer has. Either way: start again.
        if (position.seq() < changeLog.horizon() || position.seq() > last) {
            throw ApiProblem.of(ProblemType.CURSOR_EXPIRED, "cursor-expired.changes");
        }
        return position;
    }

    private static ChangePosition nextStage(ChangePosition position) {
        int next = PublicSetRepository.ENTITIES.indexOf(position.stage()) + 1;
        return next < PublicSetRepository.ENTITIES.size()
                ? new ChangePosition(PublicSetRepository.ENTITIES.get(next), position.seq(), 0)
                : ChangePosition.inLog(position.seq());
    }
}
