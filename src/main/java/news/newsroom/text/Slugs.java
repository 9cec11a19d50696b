package news.newsroom.text;

import java.util.Locale;

/**
 * Readable URL slugs from Arabic (or Latin) titles: letters and digits kept as written, tashkeel and tatweel
 * removed, spaces to hyphens, punctuation dropped. «الحكومةُ تُقرّ موازنة 2026!» becomes «الحكومة-تقر-موازنة-2026».
 */
public final class Slugs {

    public static final int MAX_LENGTH = 80;

    private Slugs() {
    }

    public static String from(String title) {
        String text = ArabicText.stripMarks(title == null ? "" : title).toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder(text.length());
        boolean pendingHyphen = false;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (Character.isLetterOrDigit(codePoint)) {
                if (pendingHyphen && !slug.isEmpty()) {
                    slug.append('-');
                }
                pendingHyphen = false;
                slug.appendCodePoint(codePoint);
            } else if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint) || codePoint == '-'
                    || codePoint == '_') {
                // isSpaceChar adds the no-break spaces (U+00A0, U+2007, U+202F) that word processors paste.
                pendingHyphen = true;
            }
            // Anything else (punctuation, symbols, joiners, marks) is dropped without splitting the word.
        }
        return truncateAtWord(slug.toString());
    }

    private static String truncateAtWord(String slug) {
        if (slug.length() <= MAX_LENGTH) {
            return slug;
        }
        int cut = slug.lastIndexOf('-', MAX_LENGTH);
        String truncated = cut > MAX_LENGTH / 2 ? slug.substring(0, cut) : slug.substring(0, MAX_LENGTH);
        if (Character.isHighSurrogate(truncated.charAt(truncated.length() - 1))) {
            truncated = truncated.substring(0, truncated.length() - 1);
        }
        return truncated;
    }

    /** {@code base}, or {@code base-2}, {@code base-3}... : the suffixed form used when a slug is taken. */
    public static String withSuffix(String base, int n) {
        return n <= 1 ? base : base + "-" + n;
    }
}
