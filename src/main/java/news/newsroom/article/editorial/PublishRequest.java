package news.newsroom.article.editorial;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PublishRequest", description = "Empty or absent to publish now; a future `publishAt` schedules the article.")
public record PublishRequest(
        @Schema(type = SchemaType.STRING, format = "date-time", nullable = true,
                description = "When to publish; in the future it schedules the article. In the years 1 to 9999.",
                example = "2025-12-01T06:00:00Z") Instant publishAt) {
}
