package news.newsroom.article;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import news.newsroom.article.body.Block;
import news.newsroom.author.AuthorRef;
import news.newsroom.section.SectionRef;
import news.newsroom.tag.TagRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ArticleDetail", description = "A whole article: the summary fields plus its body (as blocks and as HTML) and its dates as readers see them.")
public record ArticleDetail(
        @Schema(required = true, example = "42") long id,
        @Schema(required = true, example = "الألواح-الشمسية-تغير-وجه-الأسطح-في-حمص") String slug,
        @Schema(required = true, example = "الألواح الشمسية تغيّر وجه الأسطح في حمص") String title,
        @Schema(nullable = true, example = "أسر كثيرة تستغني عن المولدات بعد ارتفاع أسعار الوقود") String subtitle,
        @Schema(nullable = true, example = "تنتشر الألواح الشمسية على أسطح الأبنية في حمص.") String excerpt,
        @Schema(required = true) SectionRef section,
        @Schema(required = true) List<AuthorRef> authors,
        @Schema(required = true) List<TagRef> tags,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "Absent only for unpublished work, which only staff see.",
                example = "2025-11-29T08:19:00Z") Instant publishedAt,
        @Schema(required = true, example = "2025-11-29T09:02:00Z") Instant updatedAt,
        @Schema(description = "Absent when the article has no picture.") @JsonInclude(JsonInclude.Include.NON_NULL)
        ImageView featuredImage,
        @Schema(required = true, example = "3") int readingTimeMinutes,
        @Schema(required = true, example = "12") int commentCount,
        @Schema(required = true, example = "https://newsroom.example/articles/42/%D8%A7%D9%84%D8%A3%D9%84%D9%88%D8%A7%D8%AD")
        String url,
        @Schema(required = true, enumeration = "ar", example = "ar") String language,
        @Schema(required = true, enumeration = "rtl", example = "rtl") String direction,
        @Schema(required = true, description = "The body, in order, for native rendering.") List<Block> blocks,
        @Schema(required = true, description = "The body rendered from `blocks` as safe HTML, for web views.",
                example = "<p>أعلنت مؤسسة المياه...</p><h2>ما الذي تغيّر؟</h2>") String html,
        @Schema(required = true, example = "612") int wordCount,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "Publication time in the newsroom's zone (Damascus, UTC+3).",
                example = "2025-11-29T11:19:00+03:00") OffsetDateTime publishedAtLocal,
        @Schema(nullable = true, description = "Gregorian date with Levantine month names.",
                example = "29 تشرين الثاني 2025") String publishedAtDisplay,
        @Schema(nullable = true, description = "Hijri date (Umm al-Qura), yyyy-MM-dd.", example = "1447-06-08")
        String publishedAtHijri,
        @Schema(nullable = true, description = "Hijri date in words.", example = "8 جمادى الآخرة 1447 هـ")
        String publishedAtHijriDisplay,
        @Schema(required = true, description = "Whether readers may comment.", example = "true") boolean commentsOpen,
        @Schema(required = true, enumeration = {"draft", "scheduled", "published", "archived"},
                description = "Always `published` for the public.", example = "published") String status,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "For scheduled articles (staff only): when the scheduler publishes it.",
                example = "2025-11-30T06:00:00Z") Instant scheduledAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "Staff only: when the author submitted this draft for review; absent otherwise.")
        Instant submittedAt) {
}
