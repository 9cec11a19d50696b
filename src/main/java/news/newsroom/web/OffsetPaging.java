package news.newsroom.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Paging for the small lists (sections, authors, tags): the opaque cursor carries a signed offset. Article
 * lists, which grow without bound, use keyset cursors instead.
 */
@ApplicationScoped
public class OffsetPaging {

    private final CursorCodec codec;

    public OffsetPaging(CursorCodec codec) {
        this.codec = codec;
    }

    /** The row to start from: the cursor's offset, else the page's. */
    public int start(String scope, PageRequest request) {
        if (request.cursor().isEmpty()) {
            return request.offset();
        }
        String offset = codec.decode(scope, request.cursor().get(), 1).get(0);
        try {
            return Math.max(0, Integer.parseInt(offset));
        } catch (NumberFormatException signedButNotOurs) {
            throw ApiProblem.invalidParameter("cursor", "param.cursor");
        }
    }

    /** The cursor of the page after one that started at {@code start}, or null when nothing follows. */
    public String next(String scope, int start, int returned, long total) {
        int next = start + returned;
        return returned > 0 && next < total ? codec.encode(scope, List.of(String.valueOf(next))) : null;
    }
}
