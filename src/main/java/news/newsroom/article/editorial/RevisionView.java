package news.newsroom.article.editorial;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Revision", description = "One saved version of an article. `snapshot` is present when one revision is read in full.")
public record RevisionView(
        @Schema(required = true, description = "The article's version after this change; 0 is the creation.", example = "3")
        int version,
        @Schema(required = true, enumeration = {"created", "updated", "published", "scheduled", "unpublished", "archived", "submitted", "deleted", "restored"},
                example = "updated") String action,
        @Schema(required = true, example = "[\"title\", \"body\"]") List<String> changedFields,
        @Schema(required = true) Editor editedBy,
        @Schema(required = true, example = "2025-11-29T08:19:00Z") Instant editedAt,
        @Schema(description = "The whole article after this change.") @JsonInclude(JsonInclude.Include.NON_NULL)
        ArticleSnapshot snapshot) {

    @Schema(name = "Editor")
    public record Editor(
            @Schema(nullable = true, description = "Staff id; null for the scheduler.", example = "2") Long id,
            @Schema(required = true, example = "محررة الموقع") String name) {
    }

    static RevisionView of(ArticleRevision revision, boolean withSnapshot) {
        List<String> fields = revision.getChangedFields().isEmpty() ? List.of()
                : Arrays.asList(revision.getChangedFields().split(","));
        return new RevisionView(revision.getVersion(), revision.getAction(), fields,
                new Editor(revision.getEditorId(), revision.getEditorName()), revision.getCreatedAt(),
                withSnapshot ? revision.getSnapshot() : null);
    }
}
