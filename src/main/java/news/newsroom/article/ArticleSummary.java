package news.newsroom.article;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import news.newsroom.author.AuthorRef;
import news.newsroom.section.SectionRef;
import news.newsroom.tag.TagRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ArticleSummary", description = "An article as shown in lists: everything but the body.")
public record ArticleSummary(
        @Schema(required = true, example = "42") long id,
        @Schema(required = true, description = "Arabic slug; percent-encode it in URLs.",
                example = "الألواح-الشمسية-تغير-وجه-الأسطح-في-حمص") String slug,
        @Schema(required = true, example = "الألواح الشمسية تغيّر وجه الأسطح في حمص") String title,
        @Schema(nullable = true, example = "أسر كثيرة تستغني عن المولدات بعد ارتفاع أسعار الوقود") String subtitle,
        @Schema(nullable = true, example = "تنتشر الألواح الشمسية على أسطح الأبنية في حمص، وتقول أسر إنها خفضت فاتورة الكهرباء إلى النصف.")
        String excerpt,
        @Schema(required = true) SectionRef section,
        @Schema(required = true) List<AuthorRef> authors,
        @Schema(required = true) List<TagRef> tags,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "Publication instant, UTC; absent only for unpublished work, which only staff see.",
                example = "2025-11-29T08:19:00Z")
        Instant publishedAt,
        @Schema(required = true, description = "Last change, UTC.", example = "2025-11-29T09:02:00Z")
        Instant updatedAt,
        @Schema(description = "Absent when the article has no picture.") @JsonInclude(JsonInclude.Include.NON_NULL)
        ImageView featuredImage,
        @Schema(required = true, description = "Estimated at 200 words a minute, at least 1.", example = "3")
        int readingTimeMinutes,
        @Schema(required = true, description = "Approved comments.", example = "12") int commentCount,
        @Schema(required = true, description = "The article's page on the website.",
                example = "https://newsroom.example/articles/42/%D8%A7%D9%84%D8%A3%D9%84%D9%88%D8%A7%D8%AD")
        String url,
        @Schema(required = true, enumeration = "ar", example = "ar") String language,
        @Schema(required = true, enumeration = "rtl", example = "rtl") String direction,
        @Schema(required = true, enumeration = {"draft", "scheduled", "published", "archived"},
                description = "Always `published` for the public; staff also see their other articles.", example = "published")
        String status,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "Staff only: when the author submitted this draft for review; absent otherwise.")
        Instant submittedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "Search results only (`q`): a short "
                + "snippet of the article's own text around the matched words, each wrapped in `<mark>…</mark>`; "
                + "everything else is HTML-escaped, so it can be shown as HTML as it is.",
                example = "…قالت وزارة <mark>الاقتصاد</mark> إن أسعار <mark>النفط</mark> المستورد ارتفعت…")
        String highlight) {

    /** This summary as a search hit, with its snippet. */
    public ArticleSummary withHighlight(String snippet) {
        return new ArticleSummary(id, slug, title, subtitle, excerpt, section, authors, tags, publishedAt, updatedAt,
                featuredImage, readingTimeMinutes, commentCount, url, language, direction, status, submittedAt,
                snippet);
    }
}
