package news.newsroom.article.body;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.eclipse.microprofile.openapi.annotations.media.DiscriminatorMapping;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One typed piece of an article body. The ordered list of blocks is the canonical body: apps render them
 * natively, and {@link BlockRenderer} renders the same list to HTML for web views.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "type",
        visible = true)
@JsonSubTypes({
    @JsonSubTypes.Type(value = ParagraphBlock.class, name = ParagraphBlock.TYPE),
    @JsonSubTypes.Type(value = HeadingBlock.class, name = HeadingBlock.TYPE),
    @JsonSubTypes.Type(value = ListBlock.class, name = ListBlock.TYPE),
    @JsonSubTypes.Type(value = QuoteBlock.class, name = QuoteBlock.TYPE),
    @JsonSubTypes.Type(value = ImageBlock.class, name = ImageBlock.TYPE),
    @JsonSubTypes.Type(value = EmbedBlock.class, name = EmbedBlock.TYPE)
})
@Schema(name = "Block", description = "One typed piece of an article body; `type` says which.",
        oneOf = {ParagraphBlock.class, HeadingBlock.class, ListBlock.class, QuoteBlock.class, ImageBlock.class,
            EmbedBlock.class},
        discriminatorProperty = "type",
        discriminatorMapping = {
            @DiscriminatorMapping(value = ParagraphBlock.TYPE, schema = ParagraphBlock.class),
            @DiscriminatorMapping(value = HeadingBlock.TYPE, schema = HeadingBlock.class),
            @DiscriminatorMapping(value = ListBlock.TYPE, schema = ListBlock.class),
            @DiscriminatorMapping(value = QuoteBlock.TYPE, schema = QuoteBlock.class),
            @DiscriminatorMapping(value = ImageBlock.TYPE, schema = ImageBlock.class),
            @DiscriminatorMapping(value = EmbedBlock.TYPE, schema = EmbedBlock.class)
        })
public sealed interface Block permits ParagraphBlock, HeadingBlock, ListBlock, QuoteBlock, ImageBlock, EmbedBlock {

    /** The most characters a block's text (a paragraph, a heading, a list item, a quote) may have. */
    int MAX_TEXT = 20_000;

    String type();

    /** The words a reader reads in this block, for word counts and reading time. */
    String plainText();
}
