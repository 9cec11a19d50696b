package news.newsroom.text;

import java.text.Normalizer;

/**
 * The one Arabic normalizer: search (documents and queries), slugs and moderation word lists all use it, so
 * «أحمد», «احمد» and «أَحْمَد» are the same word everywhere.
 */
public final class ArabicText {

    private static final char TATWEEL = '\u0640';
    private static final char SUPERSCRIPT_ALEF = '\u0670';

    private ArabicText() {
    }

    /**
     * Folds text for matching: removes tashkeel (fathatan to sukun, superscript alef) and tatweel; folds
     * أ إ آ ٱ to ا, ى to ي, ة to ه, ؤ to و, ئ to ي; Arabic-Indic and Persian digits to ASCII; Latin to lower case.
     */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        int first = 0;
        while (first < text.length() && unchanged(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text; // most words of a text: nothing to fold, no copy
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isMark(c) || isCombiningHamzaOrMadda(c)) {
                continue;
            }
            out.append(fold(c));
        }
        return out.toString();
    }

    private static boolean unchanged(char c) {
        return !isMark(c) && !isCombiningHamzaOrMadda(c) && fold(c) == c;
    }

    /** Removes only tashkeel and tatweel, keeping letter forms as written (used for slugs). */
    public static String stripMarks(String text) {
        if (text == null) {
            return "";
        }
        // Text pasted in decomposed form (ا + U+0654) is composed first, so أ stays one letter in a slug.
        text = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isMark(c)) {
                out.append(asciiDigit(c));
            }
        }
        return out.toString();
    }

    /** Tashkeel (U+064B fathatan through U+0652 sukun), superscript alef and tatweel. */
    public static boolean isMark(char c) {
        return (c >= '\u064B' && c <= '\u0652') || c == SUPERSCRIPT_ALEF || c == TATWEEL;
    }

    /**
     * Combining maddah and hamza above/below (U+0653..U+0655): how آ أ إ ؤ ئ arrive in decomposed text.
     * Dropping them leaves the bare letter, which is exactly what the folding rules map those letters to.
     */
    private static boolean isCombiningHamzaOrMadda(char c) {
        return c >= '\u0653' && c <= '\u0655';
    }

    private static char fold(char c) {
        switch (c) {
            case '\u0623': // أ
            case '\u0625': // إ
            case '\u0622': // آ
            case '\u0671': // ٱ
                return '\u0627'; // ا
            case '\u0649': // ى
            case '\u0626': // ئ
                return '\u064A'; // ي
            case '\u0629': // ة
                return '\u0647'; // ه
            case '\u0624': // ؤ
                return '\u0648'; // و
            default:
                if (c >= 'A' && c <= 'Z') {
                    return (char) (c + ('a' - 'A'));
                }
                return asciiDigit(c);
        }
    }

    private static char asciiDigit(char c) {
        if (c >= '\u0660' && c <= '\u0669') { // Arabic-Indic ٠..٩
            return (char) ('0' + (c - '\u0660'));
        }
        if (c >= '\u06F0' && c <= '\u06F9') { // Persian ۰..۹
            return (char) ('0' + (c - '\u06F0'));
        }
        return c;
    }
}
