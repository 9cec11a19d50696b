package news.newsroom.search.suggest;

/**
 * How far what a reader typed is from the beginning of a word: the edits (a letter added, left out, replaced, or
 * two neighbours swapped) that turn it into some beginning of the word, the optimal string alignment distance.
 * A beginning, not the whole word, because suggestions are asked for while the reader is still typing.
 */
final class Typos {

    private Typos() {
    }

    /** Whether some beginning of {@code word} is at most {@code typos} edits from {@code typed}. */
    static boolean beginsWithin(String word, String typed, int typos) {
        int n = typed.length();
        // A beginning longer than n + typos is further than typos from typed.
        int m = Math.min(word.length(), n + typos);
        if (m < n - typos) {
            return false;
        }
        // distance[i][j]: edits between typed[0, i) and word[0, j); three rows kept, for the swap.
        int[] beforePrevious = new int[m + 1];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            current[0] = i;
            int rowMinimum = current[0];
            for (int j = 1; j <= m; j++) {
                int cost = typed.charAt(i - 1) == word.charAt(j - 1) ? 0 : 1;
                int best = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && typed.charAt(i - 1) == word.charAt(j - 2)
                        && typed.charAt(i - 2) == word.charAt(j - 1)) {
                    best = Math.min(best, beforePrevious[j - 2] + 1);
                }
                current[j] = best;
                rowMinimum = Math.min(rowMinimum, best);
            }
            if (rowMinimum > typos) {
                return false; // every alignment already costs more
            }
            int[] spare = beforePrevious;
            beforePrevious = previous;
            previous = current;
            current = spare;
        }
        for (int j = Math.max(0, n - typos); j <= m; j++) {
            if (previous[j] <= typos) {
                return true;
            }
        }
        return false;
    }
}
