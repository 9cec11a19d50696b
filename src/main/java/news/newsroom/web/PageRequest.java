package news.newsroom.web;

import java.util.Optional;

/**
 * The paging parameters of a list request, checked: {@code limit} 1..100, and at most one of an opaque
 * {@code cursor} (keyset, the cheap way to walk a list) or a 1-based {@code page} (random access).
 */
public record PageRequest(int limit, Optional<String> cursor, int page) {

    public static final int MAX_LIMIT = 100;
    public static final int DEFAULT_LIMIT = 20;
    /** Offset paging past this would make the database skip too many rows; the cursor has no such limit. */
    public static final int MAX_PAGE = 10_000;

    public static PageRequest of(String limit, String cursor, String page) {
        return of(limit, cursor, page, DEFAULT_LIMIT);
    }

    public static PageRequest of(String limit, String cursor, String page, int defaultLimit) {
        int checkedLimit = limit == null ? defaultLimit : QueryParameters.integerIn("limit", limit, 1, MAX_LIMIT);
        boolean hasCursor = cursor != null && !cursor.isEmpty();
        if (hasCursor && page != null) {
            throw ApiProblem.invalidParameter("page", "param.cursor-and-page");
        }
        int checkedPage = page == null ? 1 : QueryParameters.integerIn("page", page, 1, MAX_PAGE);
        return new PageRequest(checkedLimit, hasCursor ? Optional.of(cursor) : Optional.empty(), checkedPage);
    }

    public int offset() {
        return (page - 1) * limit;
    }

    public boolean usesPage() {
        return cursor.isEmpty() && page > 1;
    }
}
