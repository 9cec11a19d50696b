package news.newsroom.article.editorial;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import news.newsroom.article.body.Block;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import news.newsroom.article.ImageView;

/**
 * An article as editors send it (create, replace, or the result of a merge patch). The body comes as
 * {@code blocks} or as {@code bodyHtml}, which is sanitized and parsed into blocks. Anything not listed here
 * (id, version, timestamps) is refused with 400.
 */
@Schema(name = "ArticleInput", description = "An article as editors send it. Send the body as `blocks` or as `bodyHtml` (sanitized: scripts, event handlers, styles, javascript: links and iframes from unknown hosts are dropped).")
public record ArticleInput(
        @Schema(required = true, example = "الحكومة تقرّ موازنة العام المقبل")
        @NotBlank @Size(max = 300) String title,
        @Schema(nullable = true, example = "زيادة مخصصات الدعم الاجتماعي") @Size(max = 500) String subtitle,
        @Schema(nullable = true, example = "أقرّ مجلس الوزراء مشروع الموازنة العامة للعام المقبل.")
        @Size(max = 1000) String excerpt,
        @Schema(required = true, example = "economy") @NotBlank @Size(max = 120) String sectionSlug,
        @Schema(nullable = true, description = "Tag slugs or names; unknown names are created.",
                example = "[\"الموازنة العامة\", \"التضخم\"]")
        @Size(max = 20) List<@NotBlank @Size(max = 120) String> tags,
        @Schema(nullable = true, description = "Author slugs, in byline order. Default: the caller's author profile. Authors may only name themselves.",
                example = "[\"lina-khoury\"]")
        @Size(max = 10) List<@NotBlank @Size(max = 120) String> authorSlugs,
        @Schema(description = "The picture for lists and the top of the page; null removes it.") @Valid ImageView featuredImage,
        @Schema(nullable = true, description = "The body as typed blocks.") @Size(max = 1000) List<@Valid Block> blocks,
        @Schema(nullable = true, description = "The body as HTML; sanitized and parsed into blocks.",
                example = "<p>أقرّ مجلس الوزراء <strong>اليوم</strong> مشروع الموازنة.</p><h2>أبرز الأرقام</h2>")
        @Size(max = 500_000) String bodyHtml,
        @Schema(nullable = true, enumeration = {"draft", "published"},
                description = "Creating: `draft` (default) or, for editors and admins importing an archive, `published` with `publishedAt`. Ignored on replace; use the lifecycle actions.")
        String status,
        @Schema(type = SchemaType.STRING, format = "date-time", nullable = true,
                description = "With status `published`: the original publication time of an imported article, in the years 1 to 9999.",
                example = "2019-03-02T09:00:00Z")
        Instant publishedAt,
        @Schema(nullable = true, description = "Set a slug instead of the one made from the title; changing it keeps the old one redirecting.",
                example = "موازنة-2026")
        @Size(max = 200) String slug,
        @Schema(nullable = true, description = "Whether readers may comment (default true).", example = "true")
        Boolean commentsOpen) {
}
