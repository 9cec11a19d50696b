package news.newsroom.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import news.newsroom.article.body.Block;
import news.newsroom.article.body.ListBlock;
import news.newsroom.article.body.ParagraphBlock;
import news.newsroom.search.Highlighter;
import news.newsroom.search.SearchQuery;

/** Cuts the highlight of a search hit from its own text: excerpt first, then body, subtitle and title. */
@ApplicationScoped
public class SearchHighlights {

    private static final TypeReference<List<Block>> BLOCKS = new TypeReference<>() {
    };

    private final ObjectMapper objectMapper;
    private final ArticleRepository articles;

    public SearchHighlights(ObjectMapper objectMapper, ArticleRepository articles) {
        this.objectMapper = objectMapper;
        this.articles = articles;
    }

    /**
     * The highlight of each of {@code hits}, by article id (absent where nothing matches). The query is analyzed
     * once for the page, and bodies are read, in one statement, only for the hits whose excerpt does not match.
     */
    public Map<Long, String> of(SearchQuery search, List<Article> hits) {
        Highlighter highlighter = new Highlighter(search.lexemes());
        Map<Long, String> highlights = new HashMap<>();
        List<Article> withoutExcerptMatch = new ArrayList<>();
        for (Article article : hits) {
            String highlight = highlighter.snippet(Collections.singletonList(article.getExcerpt()));
            if (highlight != null) {
                highlights.put(article.getId(), highlight);
            } else {
                withoutExcerptMatch.add(article);
            }
        }
        Map<Long, String> bodies = articles.blocksOf(withoutExcerptMatch.stream().map(Article::getId).toList());
        for (Article article : withoutExcerptMatch) {
            String highlight = highlighter.snippet(() -> Stream.concat(
                    bodyTexts(highlighter, bodies.get(article.getId())),
                    Stream.of(article.getSubtitle(), article.getTitle())).iterator());
            if (highlight != null) {
                highlights.put(article.getId(), highlight);
            }
        }
        return highlights;
    }

    /**
     * The texts of a body (blocks as JSON) that may hold a match, in order. Blocks are looked at as stored, markup
     * included, so that only those that may match have their HTML parsed. For one wanted word each block is a text
     * of its own, tried in order, so the blocks after the first match are not even looked at; for several they are
     * one text, so the snippet can be the window where most of them meet.
     */
    private Stream<String> bodyTexts(Highlighter highlighter, String blocksJson) {
        if (blocksJson == null) {
            return Stream.empty();
        }
        List<Block> blocks;
        try {
            blocks = objectMapper.readValue(blocksJson, BLOCKS);
        } catch (JsonProcessingException unreadable) {
            return Stream.empty(); // the stored body was written by this service; a highlight is not worth a failed search
        }
        Stream<String> texts = blocks.stream().filter(block -> highlighter.mayMatch(stored(block))).map(Block::plainText);
        return highlighter.wantsOneWord() ? texts : Stream.of(texts.collect(Collectors.joining("\n")));
    }

    /**
     * A block's text as stored, markup included: every word of its plain text is in it, except where a tag
     * splits a word (then another block, the subtitle or the title gives the snippet).
     */
    private static String stored(Block block) {
        if (block instanceof ParagraphBlock paragraph) {
            return paragraph.html();
        }
        if (block instanceof ListBlock list) {
            return String.join("\n", list.items());
        }
        return block.plainText();
    }
}
