package news.newsroom.web;

/**
 * What text the service accepts from a client: any Unicode text but the NUL character, which PostgreSQL cannot store
 * in a text column, and a lone UTF-16 surrogate, which is no character at all (PostgreSQL would store it as
 * {@code ?} while the answer echoed something else). Both are refused at the edge, in JSON bodies and parameters
 * alike, so no service ever sees them.
 */
public final class StorableText {

    private StorableText() {
    }

    /** True when {@code text} holds neither NUL nor a lone surrogate. */
    public static boolean isStorable(CharSequence text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000' || Character.isLowSurrogate(c)) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            }
        }
        return true;
    }
}
