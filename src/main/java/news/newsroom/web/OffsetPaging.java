package news.newsroom.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Paging for the small lists (sections, authors, tags): the opaque cursor carries a signed offset. Article
 * lists, which grow without bound, use keyset cursors instead.
 */
@ApplicationScoped
public class OffsetPaging {

    /** A cursor of these lists holds the row the next page starts at. */
    private static final CursorFormat<Integer> OFFSET = CursorFormat.of(1,
            offset -> List.of(String.valueOf(offset)), values -> Math.max(0, Integer.parseInt(values.get(0))));

    private final CursorCodec codec;

    public OffsetPaging(CursorCodec codec) {
        this.codec = codec;
    }

    /** The row to start from: the cursor's offset, else the page's. */
    public int start(String scope, PageRequest request) {
        if (request.cursor().isEmpty()) {
            return request.offset();
        }
        return codec.decode(scope, OFFSET, request.cursor().get());
    }

    /** The cursor of the page after one that started at {@code start}, or null when nothing follows. */
    public String next(String scope, int start, int returned, long total) {
        int next = start + returned;
        return returned > 0 && next < total ? codec.encode(scope, OFFSET, next) : null;
    }
}
