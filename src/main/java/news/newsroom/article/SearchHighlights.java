package news.newsroom.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import news.newsroom.article.body.Block;
import news.newsroom.article.body.BlockRenderer;
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
     * The highlight of each of {@code hits}, by article id (absent where nothing matches): their bodies are read
     * in one statement, and the query is analyzed once for the page.
     */
    public Map<Long, String> of(SearchQuery search, List<Article> hits) {
        Map<Long, String> bodies = articles.blocksOf(hits.stream().map(Article::getId).toList());
        Highlighter highlighter = new Highlighter(search.lexemes());
        Map<Long, String> highlights = new HashMap<>();
        for (Article article : hits) {
            String highlight = of(highlighter, article, bodies.get(article.getId()));
            if (highlight != null) {
                highlights.put(article.getId(), highlight);
            }
        }
        return highlights;
    }

    /**
     * The highlight of {@code article}, whose body (blocks as JSON) is {@code blocksJson}. For one wanted word the
     * body is searched block by block, so only the blocks up to the first that holds the word are turned into
     * text (each block's HTML is parsed for that); for several words the whole body is one text, so the snippet
     * can be the window where most of them meet.
     */
    private String of(Highlighter highlighter, Article article, String blocksJson) {
        List<Block> blocks;
        try {
            blocks = blocksJson == null ? List.of() : objectMapper.readValue(blocksJson, BLOCKS);
        } catch (JsonProcessingException unreadable) {
            blocks = List.of(); // the stored body was written by this service; a highlight is not worth a failed search
        }
        Stream<String> body = highlighter.wantsOneWord() ? blocks.stream().map(Block::plainText)
                : Stream.of(BlockRenderer.plainText(blocks));
        Stream<String> texts = Stream.of(Stream.of(article.getExcerpt()), body,
                Stream.of(article.getSubtitle(), article.getTitle())).flatMap(text -> text);
        return highlighter.snippet(texts::iterator);
    }
}
