package news.newsroom.integration.changes;

import java.util.List;
import news.newsroom.web.CursorFormat;

/**
 * Where a client of the change feed is. While it receives the public set ({@code stage} is a kind of item), after
 * the item {@code afterId} of that kind, with the log's last seq {@code seq} when it began; once through it
 * ({@code stage} {@link #LOG}), after the change {@code seq}.
 */
public record ChangePosition(String stage, long seq, long afterId) {

    public static final String LOG = "log";

    static final CursorFormat<ChangePosition> FORMAT = CursorFormat.of(3,
            position -> List.of(position.stage(), Long.toString(position.seq()), Long.toString(position.afterId())),
            values -> new ChangePosition(stage(values.get(0)), Long.parseLong(values.get(1)),
                    Long.parseLong(values.get(2))));

    public static ChangePosition inLog(long seq) {
        return new ChangePosition(LOG, seq, 0);
    }

    public boolean inPublicSet() {
        return !stage.equals(LOG);
    }

    private static String stage(String value) {
        if (!value.equals(LOG) && !PublicSetRepository.ENTITIES.contains(value)) {
            throw new IllegalArgumentException("no stage " + value);
        }
        return value;
    }
}
