package news.newsroom.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Entities;
import news.newsroom.text.ArabicStemmer;
import news.newsroom.text.Words;

/**
 * A short snippet of an article's own text (as written, with its tashkeel and letter forms) around the words a
 * search matched, each wrapped in {@code <mark>}, everything else HTML-escaped. Words are matched by the same
 * analysis the index uses, so «والمدارس» is marked for a search for «مدرسة».
 */
public final class Highlighter {

    static final int WINDOW_WORDS = 24;
    /** Words of context shown before the first match of the chosen window. */
    static final int LEAD_WORDS = 5;
    static final String ELLIPSIS = "…";
    /** Arabic letters from the commonest: a rarer one rules out more lines. Approximate, only a preference. */
    private static final String BY_FREQUENCY = "لمنتربعفقسدكحجشصطزخضثذغظء";

    private final Set<String> lexemes;
    private final List<String> stems;
    /** Folded strings one of which is part of every matching word: its stems, or its exact form if it has none. */
    private final List<String> parts;
    /**
     * For each of {@link #parts}, a letter of it that only that letter folds to (not ا ي ه و, which other letters
     * fold to, nor Latin letters or digits), or 0 when it has none: a text without it cannot hold the part folded.
     */
    private final char[] partLetters;
    /** The wanted words' exact forms, folded, without the lexeme's prefix. */
    private final Set<String> exactForms;
    /** Words the search wants (each has one exact form among the lexemes). */
    private final int wantedWords;

    public Highlighter(Set<String> lexemes) {
        this.lexemes = lexemes;
        this.stems = lexemes.stream().filter(lexeme -> !lexeme.startsWith(SearchDocument.EXACT)).toList();
        List<String> exact = lexemes.stream().filter(lexeme -> lexeme.startsWith(SearchDocument.EXACT))
                .map(lexeme -> lexeme.substring(SearchDocument.EXACT.length())).toList();
        this.exactForms = Set.copyOf(exact);
        this.wantedWords = exact.size();
        List<String> parts = new ArrayList<>(stems);
        parts.addAll(exact);
        this.parts = List.copyOf(parts);
        this.partLetters = new char[parts.size()];
        for (int i = 0; i < parts.size(); i++) {
            partLetters[i] = keptLetter(parts.get(i));
        }
    }

    /** The rarest letter of a folded part that is written as itself in any text that folds to it; 0 if none. */
    private static char keptLetter(String part) {
        char rarest = 0;
        int rank = -1;
        for (int i = 0; i < part.length(); i++) {
            int at = BY_FREQUENCY.indexOf(part.charAt(i));
            if (at > rank) {
                rank = at;
                rarest = part.charAt(i);
            }
        }
        return rarest;
    }

    /**
     * False when no word of {@code text} can match: none of the wanted stems or exact forms occurs anywhere in
     * the text, folded whole. One pass over the text instead of splitting, folding and stemming each word, so
     * most of a long body is ruled out at the cost of reading it. True means maybe: the words decide.
     */
    public boolean mayMatch(String text) {
        return text != null && holdsAPartLetter(text) && Words.foldedWholeHoldsAny(text, parts);
    }

    /** Whether {@code text}, as written, holds the kept letter of some part (or some part has none). */
    private boolean holdsAPartLetter(String text) {
        for (char letter : partLetters) {
            if (letter == 0 || text.indexOf(letter) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The best snippet among {@code texts}, tried in order (e.g. excerpt, then body, then title): the first text
     * with a match gives the window holding the most different matched words. Null when nothing matches.
     */
    public String snippet(Iterable<String> texts) {
        for (String text : texts) {
            if (text == null || text.isBlank() || !holdsAPartLetter(text)) {
                continue;
            }
            int firstPlace = Words.firstFoldedPlace(text, parts);
            if (firstPlace < 0) {
                continue;
            }
            String snippet = wantedWords == 1 ? snippetOfOneWord(text, firstPlace) : snippetFrom(text, 0);
            if (snippet != null) {
                return snippet;
            }
        }
        return null;
    }

    /**
     * For one wanted word, the window of its first match. No word before {@code firstPlace}'s can match, so the
     * words are read from a few before it rather than from the start of a long text.
     */
    private String snippetOfOneWord(String text, int firstPlace) {
        return snippetFrom(text, Words.startBefore(text, firstPlace, LEAD_WORDS + 2));
    }

    /**
     * The snippet of {@code text} from its words after {@code from} (0: all), or null when none matches. Started
     * later than 0, the window is the one a reading from the start gives if the lead and one more word come
     * before the first match (so the window does not start at the text's first word); else it is read again
     * from the start.
     */
    String snippetFrom(String text, int from) {
        List<Words.Word> words = new ArrayList<>();
        List<Boolean> found = new ArrayList<>();
        int[] firstHit = {-1};
        Words.scan(text, from, word -> {
            boolean hit = matches(word.folded());
            if (hit && firstHit[0] < 0) {
                firstHit[0] = words.size();
            }
            words.add(word);
            found.add(hit);
            // For one wanted word the first window holding it is as good as any later one: the rest of a
            // long body need not be read.
            return wantedWords != 1 || firstHit[0] < 0 || words.size() <= firstHit[0] + WINDOW_WORDS;
        });
        if (firstHit[0] < 0) {
            return null;
        }
        if (from > 0 && firstHit[0] < LEAD_WORDS + 1) {
            return snippetFrom(text, 0);
        }
        boolean[] hits = new boolean[words.size()];
        for (int i = 0; i < hits.length; i++) {
            hits[i] = found.get(i);
        }
        return render(text, words, hits, bestWindowStart(words, hits));
    }

    /** Whether the search wants a single word, so the first window holding it is the snippet. */
    public boolean wantsOneWord() {
        return wantedWords == 1;
    }

    boolean matches(String folded) {
        if (exactForms.contains(folded)) {
            return true;
        }
        // A stem is the word with letters taken off its ends, so a word holding none of the wanted stems cannot
        // match: most words of a body are ruled out here, without stemming them (ArabicStemmerTest checks this).
        if (!containsAny(folded, stems)) {
            return false;
        }
        for (String stem : ArabicStemmer.stems(folded)) {
            if (lexemes.contains(stem)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsAny(String word, List<String> parts) {
        for (String part : parts) {
            if (word.contains(part)) {
                return true;
            }
        }
        return false;
    }

    /** Where the window with the most distinct matched words starts, a little before its first match. */
    private static int bestWindowStart(List<Words.Word> words, boolean[] hits) {
        int bestStart = 0;
        int bestScore = -1;
        for (int first = 0; first < words.size(); first++) {
            if (!hits[first]) {
                continue;
            }
            Set<String> distinct = new HashSet<>();
            for (int i = first; i < Math.min(words.size(), first + WINDOW_WORDS - LEAD_WORDS); i++) {
                if (hits[i]) {
                    distinct.add(words.get(i).folded());
                }
            }
            if (distinct.size() > bestScore) {
                bestScore = distinct.size();
                bestStart = Math.max(0, first - LEAD_WORDS);
            }
        }
        return bestStart;
    }

    private static String render(String text, List<Words.Word> words, boolean[] hits, int startWord) {
        int endWord = Math.min(words.size(), startWord + WINDOW_WORDS) - 1;
        int from = startWord == 0 ? 0 : words.get(startWord).start();
        int to = endWord == words.size() - 1 ? text.length() : words.get(endWord).end();
        StringBuilder out = new StringBuilder();
        if (from > 0) {
            out.append(ELLIPSIS);
        }
        int cursor = from;
        for (int i = startWord; i <= endWord; i++) {
            Words.Word word = words.get(i);
            if (!hits[i]) {
                continue;
            }
            out.append(escape(text.substring(cursor, word.start())));
            out.append("<mark>").append(escape(text.substring(word.start(), word.end()))).append("</mark>");
            cursor = word.end();
        }
        out.append(escape(text.substring(cursor, to)).stripTrailing());
        if (to < text.length()) {
            out.append(ELLIPSIS);
        }
        return collapseWhitespace(out).strip();
    }

    /** Each run of ASCII white space (what {@code \\s} matches) as one space, without a regular expression. */
    private static String collapseWhitespace(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean inRun = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (!space) {
                out.append(c);
            } else if (!inRun) {
                out.append(' ');
            }
            inRun = space;
        }
        return out.toString();
    }

    private static String escape(String text) {
        // escape() leaves quotes alone in text content; the snippet may be put into an attribute too.
        return Entities.escape(text).replace("\"", "&quot;").replace("'", "&#39;");
    }
}
