package news.newsroom.article.editorial;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.newsroom.article.Article;
import news.newsroom.article.ImageView;
import news.newsroom.article.body.Block;
import news.newsroom.author.Author;
import news.newsroom.tag.Tag;
import news.newsroom.web.ApiProblem;
import news.newsroom.web.ProblemMappers;
import news.newsroom.web.ProblemType;

/**
 * An RFC 7396 merge patch read as an article input: the article's editable fields, the patch merged over them, and
 * the result validated as a replace is, so a patch obeys the same limits and rules as a full replace.
 */
@ApplicationScoped
public class ArticleMergePatch {

    private final ObjectMapper objectMapper;
    private final Validator validator;

    public ArticleMergePatch(ObjectMapper objectMapper, Validator validator) {
        this.objectMapper = objectMapper;
        this.validator = validator;
    }

    /** A patch is a JSON object; anything else is refused before the article is looked at. */
    public void requireObject(JsonNode patch) {
        if (patch == null || !patch.isObject()) {
            throw ApiProblem.of(ProblemType.MALFORMED_BODY, "malformed-body.detail");
        }
    }

    /** The input a replace with {@code patch} merged over {@code article} would send. */
    public ArticleInput merged(Article article, JsonNode patch) {
        ObjectNode current = objectMapper.valueToTree(inputOf(article));
        merge(current, patch);
        ArticleInput merged;
        try {
            merged = objectMapper.treeToValue(current, ArticleInput.class);
        } catch (JsonProcessingException e) {
            throw ProblemMappers.malformedBody(e);
        }
        if (patch.has("blocks") && !patch.get("blocks").isNull() && patch.has("bodyHtml")) {
            throw ApiProblem.invalidField("bodyHtml", "field.body-choice");
        }
        if (patch.has("bodyHtml") && !patch.get("bodyHtml").isNull()) {
            merged = withBlocks(merged, null);
        } else {
            merged = withHtml(merged, null);
        }
        Set<ConstraintViolation<ArticleInput>> violations = validator.validate(merged);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return merged;
    }

    private static ArticleInput inputOf(Article article) {
        return new ArticleInput(article.getTitle(), article.getSubtitle(), article.getExcerpt(),
                article.getSection().getSlug(), article.getTags().stream().map(Tag::getSlug).toList(),
                article.getAuthors().stream().map(Author::getSlug).toList(), ImageView.of(article.getFeaturedImage()),
                article.getBlocks(), null, article.getStatus().wireName(), null, article.getSlug(),
                article.isCommentsOpen());
    }

    private static ArticleInput withBlocks(ArticleInput in, List<Block> blocks) {
        return new ArticleInput(in.title(), in.subtitle(), in.excerpt(), in.sectionSlug(), in.tags(), in.authorSlugs(),
                in.featuredImage(), blocks, in.bodyHtml(), in.status(), in.publishedAt(), in.slug(), in.commentsOpen());
    }

    private static ArticleInput withHtml(ArticleInput in, String html) {
        return new ArticleInput(in.title(), in.subtitle(), in.excerpt(), in.sectionSlug(), in.tags(), in.authorSlugs(),
                in.featuredImage(), in.blocks(), html, in.status(), in.publishedAt(), in.slug(), in.commentsOpen());
    }

    private static void merge(ObjectNode target, JsonNode patch) {
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            if (value.isNull()) {
                target.putNull(field.getKey());
            } else if (value.isObject() && target.get(field.getKey()) instanceof ObjectNode nested) {
                merge(nested, value);
            } else {
                target.set(field.getKey(), value);
            }
        }
    }
}
