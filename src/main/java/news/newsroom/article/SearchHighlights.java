package news.newsroom.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
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

    public SearchHighlights(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    public String of(SearchQuery search, Article article, ArticleRepository.SearchHit hit) {
        String body;
        try {
            body = BlockRenderer.plainText(objectMapper.readValue(hit.blocksJson(), BLOCKS));
        } catch (JsonProcessingException unreadable) {
            body = null; // the stored body was written by this service; a highlight is not worth a failed search
        }
        return new Highlighter(search.lexemes()).snippet(
                Arrays.asList(article.getExcerpt(), body, article.getSubtitle(), article.getTitle()));
    }
}
