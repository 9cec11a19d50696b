package news.newsroom.article.body;

import java.util.ArrayList;
import java.util.List;
import news.newsroom.web.ApiProblem;

/**
 * Turns a submitted body into the blocks that are stored: HTML is sanitized and parsed; blocks have their
 * inline markup cleaned and are checked (http(s) addresses, known embed providers). Unsafe markup is dropped,
 * never stored; a structurally wrong block is a 400 naming it. Lengths, counts and heading levels are the Bean
 * Validation constraints of the block records, checked before the body reaches this class.
 */
public final class BodyRules {

    private BodyRules() {
    }

    public static List<Block> blocksOf(List<Block> blocks, String bodyHtml) {
        if (blocks != null && bodyHtml != null) {
            throw ApiProblem.invalidField("bodyHtml", "field.body-choice");
        }
        if (bodyHtml != null) {
            List<Block> parsed = HtmlToBlocks.parse(bodyHtml);
            if (parsed.isEmpty() && !bodyHtml.isBlank()) {
                throw ApiProblem.invalidField("bodyHtml", "field.body-empty");
            }
            return parsed;
        }
        if (blocks == null) {
            return List.of();
        }
        List<ApiProblem.FieldIssue> issues = new ArrayList<>();
        List<Block> cleaned = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = clean(blocks.get(i), "blocks[" + i + "]", issues);
            if (block != null) {
                cleaned.add(block);
            }
        }
        if (!issues.isEmpty()) {
            throw ApiProblem.validation(issues);
        }
        return cleaned;
    }

    private static Block clean(Block block, String field, List<ApiProblem.FieldIssue> issues) {
        if (block == null) {
            issues.add(new ApiProblem.FieldIssue(field, "field.block-type"));
            return null;
        }
        if (block instanceof ParagraphBlock paragraph) {
            if (!text(paragraph.html(), field + ".html", issues)) {
                return null;
            }
            String html = InlineHtml.clean(paragraph.html());
            // A paragraph that was nothing but unsafe markup is dropped, like the markup itself.
            return InlineHtml.text(html).isBlank() ? null : new ParagraphBlock(html);
        }
        if (block instanceof HeadingBlock heading) {
            return text(heading.text(), field + ".text", issues) ? new HeadingBlock(heading.level(), heading.text().strip()) : null;
        }
        if (block instanceof ListBlock list) {
            List<String> items = list.items().stream().map(item -> InlineHtml.clean(item == null ? "" : item)).toList();
            return new ListBlock(list.ordered(), items);
        }
        if (block instanceof QuoteBlock quote) {
            return text(quote.text(), field + ".text", issues) ? new QuoteBlock(quote.text().strip(), blankToNull(quote.cite())) : null;
        }
        if (block instanceof ImageBlock image) {
            if (!urlChecked(image.url(), false, field + ".url", issues)) {
                return null;
            }
            return new ImageBlock(image.url().strip(), blankToNull(image.alt()), blankToNull(image.caption()),
                    blankToNull(image.credit()));
        }
        EmbedBlock embed = (EmbedBlock) block;
        if (!"youtube".equals(embed.provider()) && !"vimeo".equals(embed.provider())) {
            issues.add(new ApiProblem.FieldIssue(field + ".provider", "field.embed-provider"));
            return null;
        }
        if (!urlChecked(embed.url(), true, field + ".url", issues)) {
            return null;
        }
        return new EmbedBlock(embed.provider(), embed.url().strip());
    }

    /** An http(s) address (https only for an embed) with none of the characters {@link #isSafeUrl} refuses. */
    private static boolean urlChecked(String url, boolean httpsOnly, String field, List<ApiProblem.FieldIssue> issues) {
        String trimmed = url == null ? "" : url.strip().toLowerCase(java.util.Locale.ROOT);
        if (!trimmed.startsWith("https://") && (httpsOnly || !trimmed.startsWith("http://"))) {
            issues.add(new ApiProblem.FieldIssue(field, "field.web-url"));
            return false;
        }
        if (!isSafeUrl(trimmed)) {
            issues.add(new ApiProblem.FieldIssue(field, "field.url-characters"));
            return false;
        }
        return true;
    }

    public static boolean isWebUrl(String url) {
        if (url == null) {
            return false;
        }
        String trimmed = url.strip().toLowerCase(java.util.Locale.ROOT);
        return (trimmed.startsWith("https://") || trimmed.startsWith("http://")) && isSafeUrl(trimmed);
    }

    /**
     * No whitespace, double quotes, angle brackets, backslash or control characters: none belongs in a URL
     * unescaped, and each could end the attribute or element a renderer writes the address into.
     */
    static boolean isSafeUrl(String url) {
        return url.chars().noneMatch(c -> c <= ' ' || c == '"' || c == '<' || c == '>' || c == '\\'
                || Character.isISOControl(c) || Character.isWhitespace(c) || Character.isSpaceChar(c));
    }

    private static boolean text(String value, String field, List<ApiProblem.FieldIssue> issues) {
        if (value == null || value.isBlank()) {
            issues.add(new ApiProblem.FieldIssue(field, "field.blank"));
            return false;
        }
        return true;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
