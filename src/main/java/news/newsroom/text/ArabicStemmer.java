package news.newsroom.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A light Arabic stemmer for text already folded by {@link ArabicText#normalize}: it removes the proclitics
 * (و ف ب ك ل, ال and their compounds وال بال كال فال لل) and the common suffixes (plural and dual endings,
 * the feminine ه, nisba ي/يه and attached pronouns), so «والمعلمون», «معلمين» and «المعلمات» meet at «معلم».
 *
 * <p>It follows Larkey's Light10 (the stemmer behind Lucene's ArabicStemmer), with three changes that matter
 * for folded text and for readers: it works on the folded ة→ه; it strips the attached pronouns هم هن كم نا
 * too; and where a letter may be either a clitic or part of the word (a leading و/ف/ب/ك/ل, a ت before a
 * pronoun) it returns both readings instead of guessing, so «وزير» still meets «الوزير» and «بيته» meets
 * «بيت». Light10 itself is not used from Lucene because it guesses in those places and misses ة folded to ه.
 */
public final class ArabicStemmer {

    private static final List<String> ARTICLES = List.of("وال", "فال", "بال", "كال", "لل", "ال");
    private static final List<String> SUFFIXES = List.of(
            "هما", "كما", "ها", "هم", "هن", "كم", "كن", "نا", "ون", "ين", "ات", "ان", "يه", "ه", "ي");
    private static final Set<String> PRONOUNS = Set.of("هما", "كما", "ها", "هم", "هن", "كم", "كن", "نا", "ه");
    private static final int MIN_STEM = 3;
    private static final int MAX_SUFFIX_ROUNDS = 3;

    private ArabicStemmer() {
    }

    /**
     * The stems of one folded word, the most likely first. Words that are not Arabic (Latin, digits) are their
     * own stem.
     */
    public static List<String> stems(String word) {
        if (word.isEmpty() || !isArabicLetter(word.charAt(0))) {
            return List.of(word);
        }
        List<String> readings = new ArrayList<>(4);
        readings.add(word);
        // A leading و or ف is usually the conjunction, but not in وزير or فريق: keep both readings.
        char first = word.charAt(0);
        if ((first == 'و' || first == 'ف') && word.length() - 1 >= MIN_STEM) {
            readings.add(word.substring(1));
        }
        // A single preposition before a word without the article: بمدرسه, لطلاب, كمراقب (but also بيروت).
        for (int i = 0, n = readings.size(); i < n; i++) {
            String reading = readings.get(i);
            char c = reading.charAt(0);
            if ((c == 'ب' || c == 'ك' || c == 'ل') && !reading.startsWith("لل") && reading.length() - 1 >= MIN_STEM) {
                readings.add(reading.substring(1));
            }
        }
        Set<String> stems = new LinkedHashSet<>();
        addStems(withoutArticle(word), stems);
        for (String reading : readings.subList(1, readings.size())) {
            Set<String> other = new LinkedHashSet<>();
            addStems(withoutArticle(reading), other);
            // A second reading that lands on a function word («بلديه» → «لدي», «فانه» → «انه») is noise: it would
            // match nearly every article.
            other.removeIf(StopWords::contains);
            stems.addAll(other);
        }
        return List.copyOf(stems);
    }

    private static String withoutArticle(String word) {
        for (String article : ARTICLES) {
            // «الله» and «الان» keep their ال: what would remain is too short to be the word.
            if (word.startsWith(article) && word.length() - article.length() >= MIN_STEM) {
                return word.substring(article.length());
            }
        }
        return word;
    }

    private static void addStems(String word, Set<String> stems) {
        String stem = word;
        String pronounBeforeTeh = null;
        for (int round = 0; round < MAX_SUFFIX_ROUNDS; round++) {
            String suffix = suffixOf(stem);
            if (suffix == null) {
                break;
            }
            stem = stem.substring(0, stem.length() - suffix.length());
            if (PRONOUNS.contains(suffix) && stem.endsWith("ت") && stem.length() - 1 >= MIN_STEM) {
                pronounBeforeTeh = stem;
            }
        }
        stems.add(stem);
        // «مدرستهم»: the ت before a pronoun was the feminine ة («مدرسه» → «مدرس»); or part of the word («بيتهم»).
        if (pronounBeforeTeh != null) {
            stems.add(pronounBeforeTeh.substring(0, pronounBeforeTeh.length() - 1));
        }
    }

    private static String suffixOf(String word) {
        for (String suffix : SUFFIXES) {
            if (word.endsWith(suffix) && word.length() - suffix.length() >= MIN_STEM) {
                return suffix;
            }
        }
        return null;
    }

    static boolean isArabicLetter(char c) {
        return c >= '\u0621' && c <= '\u064A' || c >= '\u0671' && c <= '\u06D3';
    }
}
