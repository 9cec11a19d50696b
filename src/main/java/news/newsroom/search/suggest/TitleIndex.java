package news.newsroom.search.suggest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * The published titles' folded words in memory, to answer suggestions (titles where a word begins with what was
 * typed, then titles holding it inside a word, then titles one or two edits from it, newest first) without a
 * query. PostgreSQL cannot estimate how many titles hold a typed text, so it had to try the newest titles and then
 * a trigram index for nearly every prefix: two statements that were most of a suggestion's cost. Here a beginning is a range of the sorted dictionary, each
 * word knows the titles it is in, and a title is its word numbers in a row.
 *
 * <p>Immutable: {@link LiveTitleIndex} builds a new one after titles change. It matches exactly what
 * {@link TitleRepository#titlesWhereAWordStarts} and {@link TitleRepository#titlesHoldingInsideAWord} match
 * on {@code search_title} with {@code like}; typos are its own ({@link Typos}), where the SQL has trigrams.
 */
public final class TitleIndex {

    /** One published title: its article and its folded words one space apart ({@code search_title}). */
    public record Entry(long id, String foldedTitle) {
    }

    /** Under this many candidate titles, candidates come from the words' title lists; above, titles are read in order. */
    private static final int CANDIDATES_LISTED = 4_096;

    /** Article ids, newest first: a title's number is its place here. */
    private final long[] ids;
    /** The distinct folded words, sorted, so the words starting with a text are one range of numbers. */
    private final String[] dictionary;
    /** Title {@code t}'s words (dictionary numbers) are {@code words[wordsStart[t] .. wordsStart[t + 1])}. */
    private final int[] words;
    private final int[] wordsStart;
    /** For each dictionary word, the titles holding it, in ascending order (newest first), each once. */
    private final int[][] titlesOf;
    /** {@code listedBefore[w]}: how many title-list entries the words before {@code w} have, to size a range. */
    private final long[] listedBefore;

    private TitleIndex(long[] ids, String[] dictionary, int[] words, int[] wordsStart, int[][] titlesOf) {
        this.ids = ids;
        this.dictionary = dictionary;
        this.words = words;
        this.wordsStart = wordsStart;
        this.titlesOf = titlesOf;
        this.listedBefore = new long[dictionary.length + 1];
        for (int w = 0; w < dictionary.length; w++) {
            listedBefore[w + 1] = listedBefore[w] + titlesOf[w].length;
        }
    }

    /** The index of {@code titles}, given newest first. */
    static TitleIndex of(List<Entry> titles) {
        String[][] split = new String[titles.size()][];
        TreeSet<String> distinct = new TreeSet<>();
        long[] ids = new long[titles.size()];
        int wordCount = 0;
        for (int t = 0; t < titles.size(); t++) {
            Entry title = titles.get(t);
            ids[t] = title.id();
            String folded = title.foldedTitle() == null ? "" : title.foldedTitle();
            split[t] = folded.isEmpty() ? new String[0] : folded.split(" ");
            wordCount += split[t].length;
            distinct.addAll(Arrays.asList(split[t]));
        }
        String[] dictionary = distinct.toArray(String[]::new);
        int[] words = new int[wordCount];
        int[] wordsStart = new int[titles.size() + 1];
        int[] listSize = new int[dictionary.length];
        int at = 0;
        for (int t = 0; t < split.length; t++) {
            wordsStart[t] = at;
            for (String word : split[t]) {
                int number = Arrays.binarySearch(dictionary, word);
                words[at++] = number;
                if (!alreadyIn(words, wordsStart[t], at - 1, number)) {
                    listSize[number]++;
                }
            }
        }
        wordsStart[split.length] = at;
        int[][] titlesOf = new int[dictionary.length][];
        for (int w = 0; w < dictionary.length; w++) {
            titlesOf[w] = new int[listSize[w]];
        }
        int[] filled = new int[dictionary.length];
        for (int t = 0; t < split.length; t++) {
            for (int i = wordsStart[t]; i < wordsStart[t + 1]; i++) {
                int number = words[i];
                if (!alreadyIn(words, wordsStart[t], i, number)) {
                    titlesOf[number][filled[number]++] = t;
                }
            }
        }
        return new TitleIndex(ids, dictionary, words, wordsStart, titlesOf);
    }

    private static boolean alreadyIn(int[] words, int from, int to, int number) {
        for (int i = from; i < to; i++) {
            if (words[i] == number) {
                return true;
            }
        }
        return false;
    }

    int size() {
        return ids.length;
    }

    /**
     * Up to {@code limit} article ids, newest first, whose folded title has {@code typed} (folded words one space
     * apart, not empty) at the start of a word; among the newest {@code window} titles only, when positive.
     * Every typed word but the last is a whole word of the title, and the last begins the next one.
     */
    List<Long> wordStarts(String typed, int limit, int window) {
        String[] parts = typed.split(" ");
        String last = parts[parts.length - 1];
        WordSet[] sequence = parts.length == 1 ? new WordSet[] {beginningWith(last)}
                : sequence(parts, exactly(parts[0]), beginningWith(last));
        return find(sequence, Set.of(), limit, window);
    }

    /**
     * Up to {@code limit} article ids other than {@code excluded}, newest first, whose folded title holds
     * {@code typed} anywhere ({@code search_title like '%typed%'}): inside a word, or for several typed words,
     * the first ending a title word, the others whole, the last beginning the next word.
     */
    List<Long> holding(String typed, Set<Long> excluded, int limit) {
        String[] parts = typed.split(" ");
        String first = parts[0];
        WordSet[] sequence = parts.length == 1 ? new WordSet[] {matching(word -> word.contains(first))}
                : sequence(parts, matching(word -> word.endsWith(first)), beginningWith(parts[parts.length - 1]));
        return find(sequence, excluded, limit, 0);
    }

    /**
     * Up to {@code limit} article ids other than {@code excluded}, newest first, where the last typed word is
     * within {@code typos} edits (a letter added, left out, replaced, or two swapped) of the beginning of a title
     * word, after the other typed words, whole: what the reader meant despite a typo.
     */
    List<Long> closeTo(String typed, int typos, Set<Long> excluded, int limit) {
        String[] parts = typed.split(" ");
        String last = parts[parts.length - 1];
        WordSet near = matching(word -> Typos.beginsWithin(word, last, typos));
        WordSet[] sequence = parts.length == 1 ? new WordSet[] {near} : sequence(parts, exactly(parts[0]), near);
        return find(sequence, excluded, limit, 0);
    }

    /** What each of several typed words may be: {@code first}, then the typed words whole, then {@code last}. */
    private WordSet[] sequence(String[] parts, WordSet first, WordSet last) {
        WordSet[] sequence = new WordSet[parts.length];
        sequence[0] = first;
        for (int i = 1; i < parts.length - 1; i++) {
            sequence[i] = exactly(parts[i]);
        }
        sequence[parts.length - 1] = last;
        return sequence;
    }

    /** Titles with a word of each of {@code sequence} in a row, newest first, but for {@code excluded}. */
    private List<Long> find(WordSet[] sequence, Set<Long> excluded, int limit, int window) {
        WordSet rarest = sequence[0];
        for (WordSet words : sequence) {
            if (words.listed() == 0) {
                return List.of(); // no title has a word that fits there
            }
            if (words.listed() < rarest.listed()) {
                rarest = words;
            }
        }
        int titles = window > 0 ? Math.min(window, ids.length) : ids.length;
        List<Long> found = new ArrayList<>(limit);
        if (window > 0 || rarest.listed() > CANDIDATES_LISTED) {
            // Common words: reading titles newest first finds the first matches soon.
            for (int t = 0; t < titles && found.size() < limit; t++) {
                if (matches(t, sequence) && !excluded.contains(ids[t])) {
                    found.add(ids[t]);
                }
            }
            return found;
        }
        int[] candidates = rarest.titles();
        for (int i = 0; i < candidates.length && found.size() < limit; i++) {
            if (matches(candidates[i], sequence) && !excluded.contains(ids[candidates[i]])) {
                found.add(ids[candidates[i]]);
            }
        }
        return found;
    }

    /** Whether title {@code t} has a word of each of {@code sequence}, in a row. */
    private boolean matches(int t, WordSet[] sequence) {
        int end = wordsStart[t + 1] - sequence.length;
        for (int start = wordsStart[t]; start <= end; start++) {
            int i = 0;
            while (i < sequence.length && sequence[i].has(words[start + i])) {
                i++;
            }
            if (i == sequence.length) {
                return true;
            }
        }
        return false;
    }

    /**
     * Some words of the dictionary, by number: what one typed word may be in a matching title.
     *
     * @param listed how many title-list entries its words have: at least the number of titles holding one
     */
    private record WordSet(IntPredicate members, long listed, Supplier<int[]> titleList) {

        boolean has(int word) {
            return members.test(word);
        }

        int[] titles() {
            return titleList.get();
        }
    }

    private WordSet exactly(String word) {
        int number = Arrays.binarySearch(dictionary, word);
        return number < 0 ? new WordSet(w -> false, 0, () -> new int[0])
                : new WordSet(w -> w == number, titlesOf[number].length, () -> titlesOf[number]);
    }

    private WordSet beginningWith(String text) {
        // The words beginning with a text are one range of the sorted dictionary.
        int from = lowerBound(text);
        int to = lowerBound(text + Character.MAX_VALUE);
        return new WordSet(w -> w >= from && w < to, listedBefore[to] - listedBefore[from],
                () -> listed(IntStream.range(from, to).toArray()));
    }

    private WordSet matching(Predicate<String> test) {
        int[] numbers = IntStream.range(0, dictionary.length).filter(w -> test.test(dictionary[w])).toArray();
        BitSet members = new BitSet(dictionary.length);
        long listed = 0;
        for (int number : numbers) {
            members.set(number);
            listed += titlesOf[number].length;
        }
        return new WordSet(members::get, listed, () -> listed(numbers));
    }

    /** The titles holding any of the dictionary words {@code numbers}, ascending (newest first), each once. */
    private int[] listed(int[] numbers) {
        int total = 0;
        for (int number : numbers) {
            total += titlesOf[number].length;
        }
        int[] all = new int[total];
        int at = 0;
        for (int number : numbers) {
            System.arraycopy(titlesOf[number], 0, all, at, titlesOf[number].length);
            at += titlesOf[number].length;
        }
        if (numbers.length > 1) {
            Arrays.sort(all);
        }
        int distinct = 0;
        for (int i = 0; i < all.length; i++) {
            if (distinct == 0 || all[i] != all[distinct - 1]) {
                all[distinct++] = all[i];
            }
        }
        return distinct == all.length ? all : Arrays.copyOf(all, distinct);
    }

    /** The first dictionary number whose word is not before {@code text}. */
    private int lowerBound(String text) {
        int found = Arrays.binarySearch(dictionary, text);
        return found >= 0 ? found : -found - 1;
    }
}
