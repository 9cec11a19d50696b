package news.newsroom.search;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import news.newsroom.article.ArticleSummary;

/** Cuts the highlight of a search hit from its own text: excerpt first, then body, subtitle and title. */
@ApplicationScoped
public class SearchHighlights {

    private final HitRepository texts;

    public SearchHighlights(HitRepository texts) {
        this.texts = texts;
    }

    /**
     * The highlight of each of {@code hits}, by article id (absent where nothing matches). The query is analyzed
     * once for the page, and bodies are read, in one statement, only for the hits whose excerpt does not match.
     */
    public Map<Long, String> of(SearchQuery search, List<ArticleSummary> hits) {
        Highlighter highlighter = new Highlighter(search.lexemes());
        Map<Long, String> highlights = new HashMap<>();
        List<ArticleSummary> withoutExcerptMatch = new ArrayList<>();
        for (ArticleSummary article : hits) {
            String highlight = highlighter.snippet(Collections.singletonList(article.excerpt()));
            if (highlight != null) {
                highlights.put(article.id(), highlight);
            } else {
                withoutExcerptMatch.add(article);
            }
        }
        Map<Long, String> bodies = texts.bodyTextsOf(withoutExcerptMatch.stream().map(ArticleSummary::id).toList());
        for (ArticleSummary article : withoutExcerptMatch) {
            String highlight = highlighter.snippet(() -> Stream.concat(
                    bodyTexts(highlighter, bodies.get(article.id())),
                    Stream.of(article.subtitle(), article.title())).iterator());
            if (highlight != null) {
                highlights.put(article.id(), highlight);
            }
        }
        return highlights;
    }

    /**
     * The texts of a body (plain text, a block a line) that may hold a match, in order. For one wanted word each
     * line is a text of its own, tried in order (the snippet skips those without a match), so the lines after
     * the first match are not even looked at; for several, the lines that may match are one text, so the
     * snippet can be the window where most of them meet.
     */
    private static Stream<String> bodyTexts(Highlighter highlighter, String bodyText) {
        if (bodyText == null) {
            return Stream.empty();
        }
        return highlighter.wantsOneWord() ? bodyText.lines()
                : Stream.of(bodyText.lines().filter(highlighter::mayMatch).collect(Collectors.joining("\n")));
    }
}
