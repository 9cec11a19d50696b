package news.newsroom.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.newsroom.text.ArabicStemmer;
import news.newsroom.text.Words;

/**
 * What PostgreSQL indexes for one article, as {@code tsvector} literals built here rather than by a text-search
 * configuration, so that documents and queries go through the same Java analysis ({@link Words},
 * {@link ArabicStemmer}). Every word puts its stems at its position; in the headline it also puts its exact
 * folded form (prefixed with {@code =}), so an exact word ranks above another form of it. The full document
 * also holds each pair of neighbouring stems as one lexeme ({@code stem_stem}): a quoted phrase is then answered
 * by the GIN index alone, instead of PostgreSQL reading every candidate's positions from its stored vector.
 * Weights: title A, subtitle and excerpt B, body C.
 *
 * @param headline title, subtitle and excerpt, stems and exact forms: small enough to stay in the row, so every
 *                 hit can be ranked without reading its body
 * @param full     stems of everything, body included: what the GIN index matches (and phrases are checked) against
 */
public record SearchDocument(String headline, String full) {

    /** Lexemes that are exact folded words start with this; stems never do. */
    public static final String EXACT = "=";
    /** PostgreSQL keeps positions below 2^14 and at most 256 of them per lexeme. */
    private static final int MAX_POSITION = 16_383;
    private static final int MAX_POSITIONS_PER_LEXEME = 256;
    /** Joins the two stems of a word pair lexeme; never part of a stem (stems are letters and digits). */
    public static final String PAIR = "_";
    /** Keeps a phrase from matching across the end of the title and the start of the excerpt. */
    private static final int FIELD_GAP = 8;

    public static SearchDocument of(String title, String subtitle, String excerpt, String body) {
        Builder headline = new Builder(true, false);
        Builder full = new Builder(false, true);
        for (Builder builder : new Builder[] {headline, full}) {
            builder.add(title, 'A');
            builder.add(subtitle, 'B');
            builder.add(excerpt, 'B');
        }
        full.add(body, 'C');
        return new SearchDocument(headline.literal(), full.literal());
    }

    /** Quotes one lexeme for a tsvector or tsquery literal. */
    static String quote(String lexeme) {
        return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    private static final class Builder {
        private final Map<String, List<String>> positions = new LinkedHashMap<>();
        private final boolean exactForms;
        private final boolean pairs;
        private int position;

        Builder(boolean exactForms, boolean pairs) {
            this.exactForms = exactForms;
            this.pairs = pairs;
        }

        void add(String text, char weight) {
            List<Words.Word> words = Words.of(text);
            if (words.isEmpty()) {
                return;
            }
            position += position == 0 ? 0 : FIELD_GAP;
            List<String> previous = List.of();
            String previousAt = null;
            for (Words.Word word : words) {
                position = Math.min(position + 1, MAX_POSITION);
                String at = position + String.valueOf(weight);
                if (exactForms) {
                    put(EXACT + word.folded(), at);
                }
                List<String> stems = ArabicStemmer.stems(word.folded());
                for (String stem : stems) {
                    put(stem, at);
                    if (pairs) {
                        for (String before : previous) {
                            put(before + PAIR + stem, previousAt);
                        }
                    }
                }
                previous = stems;
                previousAt = at;
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
