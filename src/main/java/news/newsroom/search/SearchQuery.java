package news.newsroom.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import news.newsroom.text.ArabicStemmer;
import news.newsroom.text.StopWords;
import news.newsroom.text.Words;

/**
 * A reader's search, parsed the way search boxes work: words are all required; {@code "quoted words"} must
 * appear in that order; {@code -word} (or {@code -"a phrase"}) excludes; {@code OR} (also «أو» or {@code |})
 * between two terms accepts either. Function words («في», «من»...) are ignored among other words but kept in
 * phrases, and a query made only of them still searches for them. Nothing the reader types reaches SQL as
 * syntax: every term becomes quoted lexemes of a {@code tsquery} built here.
 */
public final class SearchQuery {

    public static final int MAX_LENGTH = 200;

    /** Why a query cannot be searched. */
    public enum Problem {
        TOO_LONG, NOTHING_TO_FIND
    }

    /** One term: a single word, or a phrase of words in order. */
    record Term(List<String> words) {
        boolean isStopWord() {
            return words.size() == 1 && StopWords.contains(words.get(0));
        }
    }

    private final List<List<Term>> required;
    private final List<Term> excluded;

    private SearchQuery(List<List<Term>> required, List<Term> excluded) {
        this.required = required;
        this.excluded = excluded;
    }

    /** The parsed query, or why there is nothing to search for. */
    public static ParseResult parse(String text) {
        if (text.length() > MAX_LENGTH) {
            return new ParseResult(null, Problem.TOO_LONG);
        }
        List<List<Term>> clauses = new ArrayList<>();
        List<Term> excluded = new ArrayList<>();
        boolean orPending = false;
        for (Token token : tokens(text)) {
            if (token.isOr()) {
                orPending = !clauses.isEmpty();
                continue;
            }
            Term term = token.term();
            if (term == null) {
                continue;
            }
            if (token.negated()) {
                excluded.add(term);
                orPending = false;
            } else if (orPending) {
                clauses.get(clauses.size() - 1).add(term);
                orPending = false;
            } else {
                clauses.add(new ArrayList<>(List.of(term)));
            }
        }
        List<List<Term>> meaningful = clauses.stream()
                .filter(clause -> clause.stream().anyMatch(term -> !term.isStopWord()))
                .collect(Collectors.toList());
        // «من هم» is all function words: search for them rather than for nothing.
        List<List<Term>> required = meaningful.isEmpty() ? clauses : meaningful;
        if (required.isEmpty()) {
            return new ParseResult(null, Problem.NOTHING_TO_FIND);
        }
        return new ParseResult(new SearchQuery(required, excluded), null);
    }

    /** Either a query or a problem. */
    public record ParseResult(SearchQuery query, Problem problem) {
        public Optional<SearchQuery> value() {
            return Optional.ofNullable(query);
        }
    }

    /** A short, stable name of what is searched for, to bind cursors to their search. */
    public String fingerprint() {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(matchQuery().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 8);
        } catch (java.security.NoSuchAlgorithmException everyJvmHasSha256) {
            throw new IllegalStateException(everyJvmHasSha256);
        }
    }

    /** The {@code tsquery} that decides which documents match. */
    public String matchQuery() {
        List<String> parts = new ArrayList<>(requiredParts(SearchQuery::termQuery));
        for (Term term : excluded) {
            parts.add("!(" + termQuery(term) + ")");
        }
        return and(parts);
    }

    /**
     * What the wanted words must all be in a field (the title, the headline) for the search to match there: the
     * match query without its exclusions, which are checked against the whole document.
     */
    public String fieldQuery() {
        return and(requiredParts(SearchQuery::fieldTermQuery));
    }

    /** {@link #fieldQuery()} with every word as typed (folded), not any form of it. */
    public String exactFieldQuery() {
        return and(requiredParts(SearchQuery::exactTermQuery));
    }

    /** Any stem of any wanted word: a title holding one of several wanted words ranks above the body alone. */
    public String anyWordQuery() {
        return wantedWords().stream().flatMap(word -> ArabicStemmer.stems(word).stream()).distinct()
                .map(SearchDocument::quote).collect(Collectors.joining(" | "));
    }

    /** Whether more than one word is wanted, so a field can hold some of them without holding the search. */
    public boolean hasSeveralWords() {
        return wantedWords().size() > 1;
    }

    /** Whether some words are excluded: only the whole document can tell that an article holds none of them. */
    public boolean hasExclusions() {
        return !excluded.isEmpty();
    }

    private List<String> requiredParts(java.util.function.Function<Term, String> termQuery) {
        List<String> parts = new ArrayList<>();
        for (List<Term> clause : required) {
            parts.add(clause.size() == 1 ? termQuery.apply(clause.get(0))
                    : clause.stream().map(term -> "(" + termQuery.apply(term) + ")").collect(Collectors.joining(" | ")));
        }
        return parts;
    }

    private static String and(List<String> parts) {
        return parts.stream().map(part -> "(" + part + ")").collect(Collectors.joining(" & "));
    }

    /** The wanted words, function words inside phrases left out. */
    private Set<String> wantedWords() {
        Set<String> words = new LinkedHashSet<>();
        for (List<Term> clause : required) {
            for (Term term : clause) {
                for (String word : term.words()) {
                    if (term.words().size() == 1 || !StopWords.contains(word)) {
                        words.add(word);
                    }
                }
            }
        }
        return words;
    }

    /** The wanted lexemes (exact forms and stems), for highlighting. */
    public Set<String> lexemes() {
        Set<String> lexemes = new LinkedHashSet<>();
        for (List<Term> clause : required) {
            for (Term term : clause) {
                for (String word : term.words()) {
                    if (term.words().size() > 1 && StopWords.contains(word)) {
                        continue; // «في» inside a phrase is matched in place, not highlighted everywhere
                    }
                    lexemes.add(SearchDocument.EXACT + word);
                    lexemes.addAll(ArabicStemmer.stems(word));
                }
            }
        }
        return lexemes;
    }

    /**
     * A word is any of its stems; a phrase is each pair of neighbouring words as an indexed word pair, so the GIN
     * index answers it without reading positions (three or more words: every neighbouring pair present).
     */
    private static String termQuery(Term term) {
        List<String> words = term.words();
        if (words.size() == 1) {
            return wordQuery(words.get(0));
        }
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < words.size(); i++) {
            Set<String> lexemes = new LinkedHashSet<>();
            for (String first : ArabicStemmer.stems(words.get(i))) {
                for (String second : ArabicStemmer.stems(words.get(i + 1))) {
                    lexemes.add(first + SearchDocument.PAIR + second);
                }
            }
            pairs.add("(" + lexemes.stream().map(SearchDocument::quote).collect(Collectors.joining(" | ")) + ")");
        }
        return String.join(" & ", pairs);
    }

    /**
     * The term in a title or headline vector, which keeps positions but no stem pairs: a phrase is its words'
     * stems one after the other ({@code <->}). Checking positions costs little in a vector this small.
     */
    private static String fieldTermQuery(Term term) {
        return term.words().stream().map(SearchQuery::wordQuery).collect(Collectors.joining(" <-> "));
    }

    /** The term as typed: each word's exact folded form, a phrase's one after the other. */
    private static String exactTermQuery(Term term) {
        return term.words().stream().map(word -> SearchDocument.quote(SearchDocument.EXACT + word))
                .collect(Collectors.joining(" <-> "));
    }

    /** Any stem of the word: the full document holds stems only (an exact form always shares its stems). */
    private static String wordQuery(String word) {
        return "(" + ArabicStemmer.stems(word).stream().map(SearchDocument::quote).collect(Collectors.joining(" | "))
                + ")";
    }

    private record Token(boolean isOr, boolean negated, Term term) {
    }

    /** Punctuation that separates words even without a space: commas, semicolons, question marks, controls. */
    private static final java.util.regex.Pattern SEPARATORS = java.util.regex.Pattern.compile("[،,؛;؟?!\\p{Cc}]+");

    private static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int length = text.length();
        while (i < length) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            boolean negated = false;
            if (c == '-' && i + 1 < length && !Character.isWhitespace(text.charAt(i + 1))) {
                negated = true;
                c = text.charAt(++i);
            }
            int end;
            String raw;
            boolean quoted = c == '"' || c == '«' || c == '“';
            if (quoted) {
                char close = c == '«' ? '»' : c == '“' ? '”' : '"';
                int closing = text.indexOf(close, i + 1);
                // An unclosed quote runs to the end of the query, as readers mean it.
                end = closing < 0 ? length : closing + 1;
                raw = text.substring(i + 1, closing < 0 ? length : closing);
            } else {
                end = i;
                while (end < length && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '"') {
                    end++;
                }
                raw = text.substring(i, end);
            }
            i = Math.max(end, i + 1);
            if (!negated && (raw.equals("OR") || raw.equals("|") || raw.equals("أو") || raw.equals("او"))) {
                tokens.add(new Token(true, false, null));
                continue;
            }
            // Unquoted, «حمص،دمشق» is two words a missing space ran together; «أبو-ظبي» stays one term.
            for (String part : quoted ? new String[] {raw} : SEPARATORS.split(raw)) {
                List<String> words = Words.folded(part);
                tokens.add(new Token(false, negated, words.isEmpty() ? null : new Term(words)));
            }
        }
        return tokens;
    }
}
