package news.newsroom.integration.changes;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One public change, as the change feed and the live stream send it. */
@Schema(name = "Change", description = "One public change: an item entered the public set, changed in it, or left it.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChangeEntry(
        @Schema(required = true, description = "What happened: `article.published`, `article.updated`, "
                + "`article.restored`, `article.unpublished`, `article.archived`, `article.deleted`, "
                + "`comment.approved`, `comment.removed`, and `created`, `updated`, `deleted` of `section`, `author` "
                + "and `tag`.", example = "article.published", maxLength = 32) String type,
        @Schema(required = true, enumeration = {"article", "comment", "section", "author", "tag"},
                example = "article") String entity,
        @Schema(required = true, description = "The item's id.", example = "42") long id,
        @Schema(description = "The item's slug when the change was made (none for comments).",
                example = "لجنة-الانتخابات-تعلن-جدول-الاقتراع", maxLength = 200) String slug,
        @Schema(description = "A comment's article (comments only).", example = "42") Long articleId,
        @Schema(required = true, description = "When the change was made.") Instant changedAt,
        @Schema(required = true, description = "True when the item left the public set (unpublished, archived, "
                + "deleted, removed): drop your copy.") boolean tombstone) {

    static ChangeEntry of(ChangeRow row) {
        return new ChangeEntry(row.type(), row.entity(), row.entityId(), row.slug(), row.articleId(),
                row.changedAt(), row.tombstone());
    }
}
