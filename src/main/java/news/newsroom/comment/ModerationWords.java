package news.newsroom.comment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import news.newsroom.text.ArabicText;

/**
 * Finds listed words in a comment after Arabic normalization, so «تـافِـه», «تافه» and «والتافه» all match
 * «تافه»: tashkeel, tatweel, letter forms and invisible characters are folded away, and a word still matches
 * behind the common proclitics (و ف ب ك ل ال وال بال لل...). Multi-word entries match as phrases.
 */
public final class ModerationWords {

    private static final List<String> PROCLITICS = List.of(
            "وال", "بال", "كال", "فال", "لل", "ال", "و", "ف", "ب", "ك", "ل");

    private ModerationWords() {
    }

    /** The entries of {@code words} (already normalized) that occur in {@code text}. */
    static List<String> found(String text, List<String> words) {
        String normalized = comparable(text);
        Set<String> tokens = new LinkedHashSet<>();
        for (String token : normalized.split(" ")) {
            if (token.isEmpty()) {
                continue;
            }
            tokens.add(token);
            for (String proclitic : PROCLITICS) {
                if (token.length() > proclitic.length() + 1 && token.startsWith(proclitic)) {
                    tokens.add(token.substring(proclitic.length()));
                }
            }
        }
        String spaced = " " + normalized + " ";
        List<String> found = new ArrayList<>();
        for (String word : words) {
            boolean hit = word.contains(" ") ? spaced.contains(" " + word + " ") : tokens.contains(word);
            if (hit) {
                found.add(word);
            }
        }
        return found;
    }

    /** A word list entry as it is stored and matched. */
    public static String comparable(String text) {
        String folded = ArabicText.normalize(text);
        StringBuilder out = new StringBuilder(folded.length());
        boolean space = true;
        for (int i = 0; i < folded.length(); ) {
            int codePoint = folded.codePointAt(i);
            i += Character.charCount(codePoint);
            if (Character.getType(codePoint) == Character.FORMAT) {
                continue; // zero-width joiners and marks slipped between letters
            }
            if (Character.isLetterOrDigit(codePoint)) {
                out.appendCodePoint(codePoint);
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        return out.toString().strip();
    }

    /** How many links a comment carries. */
    static int links(String text) {
        java.util.regex.Matcher link = LINK.matcher(text);
        int count = 0;
        while (link.find()) {
            count++;
        }
        return count;
    }

    /** An address as readers paste it: with a scheme, or starting with www. */
    private static final java.util.regex.Pattern LINK =
            java.util.regex.Pattern.compile("(?i)(?:https?://|www\\.)\\S+");
}
