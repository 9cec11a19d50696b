package news.newsroom.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What PostgreSQL indexes for one article, as {@code tsvector} literals built here rather than by a text-search
 * configuration, so that documents and queries go through the same Java analysis ({@link Words},
 * {@link ArabicStemmer}). Each word puts two kinds of lexeme at its position: its stems (bare) and its exact
 * folded form (prefixed with {@code =}), so a query can match on stems and rank exact words higher.
 * Weights: title A, subtitle and excerpt B, body C.
 *
 * @param headline title, subtitle and excerpt only: small, kept in the row, cheap to rank every hit by
 * @param full     everything, body included: what the GIN index matches against
 */
public record SearchDocument(String headline, String full) {

    /** Lexemes that are exact folded words start with this; stems never do. */
    public static final String EXACT = "=";
    /** PostgreSQL keeps positions below 2^14 and at most 256 of them per lexeme. */
    private static final int MAX_POSITION = 16_383;
    private static final int MAX_POSITIONS_PER_LEXEME = 256;
    /** Keeps a phrase from matching across the end of the title and the start of the excerpt. */
    private static final int FIELD_GAP = 8;

    public static SearchDocument of(String title, String subtitle, String excerpt, String body) {
        Builder builder = new Builder();
        builder.add(title, 'A');
        builder.add(subtitle, 'B');
        builder.add(excerpt, 'B');
        String headline = builder.literal();
        builder.add(body, 'C');
        return new SearchDocument(headline, builder.literal());
    }

    /** Quotes one lexeme for a tsvector or tsquery literal. */
    static String quote(String lexeme) {
        return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    private static final class Builder {
        private final Map<String, List<String>> positions = new LinkedHashMap<>();
        private int position;

        void add(String text, char weight) {
            List<Words.Word> words = Words.of(text);
            if (words.isEmpty()) {
                return;
            }
            position += position == 0 ? 0 : FIELD_GAP;
            for (Words.Word word : words) {
                position = Math.min(position + 1, MAX_POSITION);
                String at = position + String.valueOf(weight);
                put(EXACT + word.folded(), at);
                for (String stem : ArabicStemmer.stems(word.folded())) {
                    put(stem, at);
                }
            }
        }

        private void put(String lexeme, String at) {
            List<String> list = positions.computeIfAbsent(lexeme, ignored -> new ArrayList<>());
            if (list.size() < MAX_POSITIONS_PER_LEXEME && !list.contains(at)) {
                list.add(at);
            }
        }

        String literal() {
            StringBuilder out = new StringBuilder();
            positions.forEach((lexeme, at) -> {
                if (!out.isEmpty()) {
                    out.append(' ');
                }
                out.append(quote(lexeme)).append(':').append(String.join(",", at));
            });
            return out.toString();
        }
    }
}
