package news.newsroom.web;

import java.util.Optional;

/**
 * The paging parameters of a list request: {@code limit} 1..100, and at most one of an opaque {@code cursor}
 * (keyset, the cheap way to walk a list) or a 1-based {@code page} (random access). Resources take {@code limit}
 * and {@code page} as typed parameters bounded by {@link #MAX_LIMIT} and {@link #MAX_PAGE}, which the API document
 * shows; a value outside them never gets here.
 */
public record PageRequest(int limit, Optional<String> cursor, int page) {

    public static final int MAX_LIMIT = 100;
    public static final int DEFAULT_LIMIT = 20;
    /** Offset paging past this would make the database skip too many rows; the cursor has no such limit. */
    public static final int MAX_PAGE = 10_000;

    public static PageRequest of(Integer limit, String cursor, Integer page) {
        return of(limit, cursor, page, DEFAULT_LIMIT);
    }

    public static PageRequest of(Integer limit, String cursor, Integer page, int defaultLimit) {
        boolean hasCursor = cursor != null && !cursor.isEmpty();
        if (hasCursor && page != null) {
            throw ApiProblem.invalidParameter("page", "param.cursor-and-page");
        }
        return new PageRequest(limit == null ? defaultLimit : limit, hasCursor ? Optional.of(cursor) : Optional.empty(),
                page == null ? 1 : page);
    }

    public int offset() {
        return (page - 1) * limit;
    }

    public boolean usesPage() {
        return cursor.isEmpty() && page > 1;
    }
}
