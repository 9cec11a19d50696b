package news.newsroom.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits text into words as readers see them, keeping where each word sits in the original text. */
public final class Words {

    /** Longer runs are not words (pasted links, base64...): they are skipped rather than indexed. */
    public static final int MAX_WORD_LENGTH = 50;

    /** One word: its place in the original text and its folded form. */
    public record Word(int start, int end, String folded) {
    }

    private Words() {
    }

    public static List<Word> of(String text) {
        List<Word> words = new ArrayList<>();
        scan(text, words::add);
        return words;
    }

    /** Hands the words of {@code text} to {@code next} in order, until it answers false. */
    public static void scan(String text, java.util.function.Predicate<Word> next) {
        scan(text, 0, next);
    }

    /**
     * Hands the words of {@code text} from {@code from} on to {@code next}, in order, until it answers false.
     * {@code from} is 0 or a place {@link #startBefore} gave: no word runs across it.
     */
    public static void scan(String text, int from, java.util.function.Predicate<Word> next) {
        if (text == null) {
            return;
        }
        int i = from;
        int length = text.length();
        while (i < length) {
            int codePoint = text.codePointAt(i);
            if (!isWordPart(codePoint) || !Character.isLetterOrDigit(codePoint)) {
                i += Character.charCount(codePoint);
                continue;
            }
            int start = i;
            while (i < length && isWordPart(codePoint = text.codePointAt(i))) {
                i += Character.charCount(codePoint);
            }
            String folded = fold(text.substring(start, i));
            if (!folded.isEmpty() && folded.length() <= MAX_WORD_LENGTH && !next.test(new Word(start, i, folded))) {
                return;
            }
        }
    }

    /**
     * A place at least {@code runs} runs of word chars before the one holding {@code index} (or 0), from which
     * {@link #scan(String, int, java.util.function.Predicate)} finds the same words as from the start: the char
     * before it cannot be part of a word. A run is a word unless it is too long or folds to nothing.
     */
    public static int startBefore(String text, int index, int runs) {
        int at = index;
        while (at > 0 && isWordPart(text.codePointBefore(at))) {
            at -= Character.charCount(text.codePointBefore(at));
        }
        for (int run = 0; run < runs && at > 0; run++) {
            while (at > 0 && !isWordPart(text.codePointBefore(at))) {
                at -= Character.charCount(text.codePointBefore(at));
            }
            while (at > 0 && isWordPart(text.codePointBefore(at))) {
                at -= Character.charCount(text.codePointBefore(at));
            }
        }
        return at;
    }

    /** The folded forms of the words of {@code text}. */
    public static List<String> folded(String text) {
        return of(text).stream().map(Word::folded).toList();
    }

    /**
     * Letters and digits, plus what may sit inside an Arabic word without ending it: tashkeel and other
     * combining marks, and invisible joiners (ZWNJ...) pasted between letters.
     */
    private static boolean isWordPart(int codePoint) {
        // The common cases first: Unicode character tables cost a highlight of a long body most of its time.
        if (codePoint >= '\u0621' && codePoint <= '\u064A' || codePoint >= 'a' && codePoint <= 'z'
                || codePoint >= '0' && codePoint <= '9') {
            return true;
        }
        if (codePoint < 0x80 && !(codePoint >= 'A' && codePoint <= 'Z')) {
            return false;
        }
        int type = Character.getType(codePoint);
        return Character.isLetterOrDigit(codePoint) || type == Character.NON_SPACING_MARK
                || type == Character.FORMAT;
    }

    private static String fold(String word) {
        String normalized = ArabicText.normalize(word);
        if (isPlain(normalized)) {
            return normalized; // Arabic letters, digits and lower-case Latin: nothing to drop, no case to fold
        }
        StringBuilder out = new StringBuilder(normalized.length());
        for (int i = 0; i < normalized.length(); ) {
            int codePoint = normalized.codePointAt(i);
            i += Character.charCount(codePoint);
            if (Character.isLetterOrDigit(codePoint)) {
                out.appendCodePoint(codePoint);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * {@code text} folded as its words are, whole: every folded word of the text is a part of it (separators are
     * kept, and only what {@link #fold} drops inside a word is dropped), so a string that is not part of it is
     * in no folded word of the text.
     */
    public static String foldWhole(String text) {
        String normalized = ArabicText.normalize(text);
        int i = 0;
        while (i < normalized.length() && isFoldedWhole(normalized.charAt(i))) {
            i++;
        }
        if (i == normalized.length()) {
            return normalized; // the usual case: Arabic, digits, lower-case Latin and punctuation
        }
        // By char, not String.toLowerCase: that looks every Arabic letter up in Unicode's tables, and a body
        // has thousands of them.
        StringBuilder out = new StringBuilder(normalized.length()).append(normalized, 0, i);
        for (; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                out.append((char) (c + ('a' - 'A')));
            } else if (isFoldedWhole(c)) {
                out.append(c);
            } else if (!isDroppedInsideWord(c)) {
                // The one char whose lower case is two (İ: i and a combining dot), as String.toLowerCase has it.
                out.append(c == '\u0130' ? "i\u0307" : String.valueOf(Character.toLowerCase(c)));
            }
        }
        return out.toString();
    }

    /** In {@link #WHOLE_FOLDED}: a char that {@link #foldWhole} drops. */
    private static final char DROPPED = '\uFFFE';
    /** In {@link #WHOLE_FOLDED}: a char that folds to two (İ), or is one of these two markers itself. */
    private static final char UNUSUAL = '\uFFFF';
    /** What {@link #foldWhole} makes of each char, which it folds one at a time: read, not worked out again. */
    private static final char[] WHOLE_FOLDED = new char[0x10000];

    static {
        for (int c = 0; c < WHOLE_FOLDED.length; c++) {
            String folded = foldWhole(String.valueOf((char) c));
            WHOLE_FOLDED[c] = c == DROPPED || c == UNUSUAL || folded.length() > 1 ? UNUSUAL
                    : folded.isEmpty() ? DROPPED : folded.charAt(0);
        }
    }

    /**
     * Whether {@code foldWhole(text)} contains one of {@code parts}: the same answer, without building the folded
     * text as a string. A highlight asks this of every line of a body, most of which hold none.
     */
    public static boolean foldedWholeHoldsAny(String text, List<String> parts) {
        return firstFolded(text, parts, false) >= 0;
    }

    /**
     * Where in {@code text} the first of {@code parts} found in {@code foldWhole(text)} begins, or -1 when none
     * is: the first word that may match cannot start after the word holding that place. 0 (the start) for a text
     * with a char that folds to two, whose places are not worked out.
     */
    public static int firstFoldedPlace(String text, List<String> parts) {
        return firstFolded(text, parts, true);
    }

    private static int firstFolded(String text, List<String> parts, boolean wantPlace) {
        char[] folded = new char[text.length()];
        int length = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = WHOLE_FOLDED[text.charAt(i)];
            if (c == UNUSUAL) {
                String whole = foldWhole(text);
                return parts.stream().anyMatch(whole::contains) ? 0 : -1;
            }
            if (c != DROPPED) {
                folded[length++] = c;
            }
        }
        int first = -1;
        for (String part : parts) {
            int at = indexOf(folded, length, part);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
                if (!wantPlace) {
                    return 0;
                }
            }
        }
        return first < 0 ? -1 : placeOfFolded(text, first);
    }

    /** Where in {@code text} the char that is the {@code nth} of its whole folding (none folds to two) comes from. */
    private static int placeOfFolded(String text, int nth) {
        int kept = 0;
        for (int i = 0; i < text.length(); i++) {
            if (WHOLE_FOLDED[text.charAt(i)] != DROPPED && kept++ == nth) {
                return i;
            }
        }
        return 0; // an empty part, found at the end
    }

    private static int indexOf(char[] text, int length, String part) {
        if (part.isEmpty()) {
            return 0;
        }
        char first = part.charAt(0);
        int last = length - part.length();
        for (int i = 0; i <= last; i++) {
            if (text[i] != first) {
                continue;
            }
            int j = 1;
            while (j < part.length() && text[i + j] == part.charAt(j)) {
                j++;
            }
            if (j == part.length()) {
                return i;
            }
        }
        return -1;
    }

    /** Chars that folding leaves as they are: ASCII but capitals, and Arabic letters. */
    private static boolean isFoldedWhole(char c) {
        return c < 0x80 ? !(c >= 'A' && c <= 'Z') : c >= '\u0621' && c <= '\u064A';
    }

    /** Marks and invisible joiners, which {@link #isWordPart} lets into a word and {@link #fold} drops. */
    private static boolean isDroppedInsideWord(char c) {
        if (c < 0x80 || c >= '\u0621' && c <= '\u064A') {
            return false;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.FORMAT;
    }

    private static boolean isPlain(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!(c >= '\u0621' && c <= '\u064A' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z')) {
                return false;
            }
        }
        return true;
    }
}
