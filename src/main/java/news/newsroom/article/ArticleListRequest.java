package news.newsroom.article;

import jakarta.ws.rs.QueryParam;
import java.util.List;
import news.newsroom.web.DayOrInstant;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The filters of an article list as sent: search words, slugs, dates and orders, each converted to its type (a bad
 * value is a 400 naming the parameter). {@link ArticleQueries} resolves the slugs.
 */
public record ArticleListRequest(
        @Parameter(description = "Search words, up to 200 characters, e.g. `أسعار النفط`. All words must match; "
                + "`\"a phrase\"` matches those words in order; `-word` excludes; `OR` (or `أو`) between two "
                + "terms accepts either. Function words such as في or من are ignored unless in a phrase.")
        @QueryParam("q") String q,
        @Parameter(description = "Section slug, e.g. `economy`; the section's subsections are included.")
        @QueryParam("section") String section,
        @Parameter(description = "Tag slug, e.g. `المياه` (percent-encoded in the URL). Repeat to require all of them, at most 10.")
        @QueryParam("tag") List<String> tags,
        @Parameter(description = "Author slug, e.g. `lina-khoury`.") @QueryParam("author") String author,
        @Parameter(description = "Published at or after: an ISO date such as `2025-11-01` (start of that day, Damascus time) or an instant, in the years 1 to 9999.",
                schema = @Schema(type = SchemaType.STRING))
        @QueryParam("from") DayOrInstant from,
        @Parameter(description = "Published before the end of this ISO date such as `2025-11-30` (Damascus time), or at or before this instant, in the years 1 to 9999.",
                schema = @Schema(type = SchemaType.STRING))
        @QueryParam("to") DayOrInstant to,
        @Parameter(description = "Order: by publication time, or (only with `q`, and its default) by relevance.",
                schema = @Schema(type = SchemaType.STRING, enumeration = {"newest", "oldest", "relevance"}))
        @QueryParam("sort") ArticleSort sort,
        @Parameter(description = "Staff only (Bearer token): list articles in this status instead of published ones. "
                + "Authors see only their own; `deleted` is for admins.",
                schema = @Schema(type = SchemaType.STRING, enumeration = {"draft", "scheduled", "published", "archived", "deleted"}))
        @QueryParam("status") ArticleListStatus status) {

    /** Whether the list is a search: it has words. */
    public boolean searching() {
        return q != null && !q.isBlank();
    }
}
