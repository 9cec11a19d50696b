package news.newsroom.search.suggest;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import news.newsroom.text.Words;
import news.newsroom.web.ApiProblem;
import news.newsroom.content.ContentClock;
import news.newsroom.web.Versioned;

/**
 * Title suggestions for a search box, for what has been typed so far: first the newest titles where a typed word
 * begins, then the newest holding the text inside a word, then titles close to it despite a typo in the last typed
 * word (word beginnings within one edit of it, two from nine letters). All three come from the in-memory
 * {@link TitleIndex} when it is current, else from the queries it stands for; for typos PostgreSQL's trigram word
 * similarity ({@code pg_trgm}) stands in then, which forgives a little less.
 */
@ApplicationScoped
public class SuggestionService {

    private static final int LIMIT = 10;
    /** One letter says too little to suggest anything useful; it would list every title. */
    private static final int MIN_LENGTH = 2;
    private static final int MAX_LENGTH = 100;
    /** From three letters a text inside words is looked for; two letters are inside most titles. */
    private static final int MIN_INSIDE_WORD_LENGTH = 3;
    /** How long the last typed word must be for a typo in it to be forgiven: one from 5 letters, two from 9. */
    private static final int MIN_TYPO_TOLERANT_LENGTH = 5;
    private static final int TWO_TYPOS_LENGTH = 9;
    /** Two letters begin a word in most titles: they are looked for among this many newest titles only. */
    private static final int SHORT_TEXT_WINDOW = 500;

    private final TitleRepository titles;
    private final LiveTitleIndex titleIndex;
    private final ContentClock clock;

    public SuggestionService(TitleRepository titles, LiveTitleIndex titleIndex, ContentClock clock) {
        this.titles = titles;
        this.titleIndex = titleIndex;
        this.clock = clock;
    }

    public Versioned<SuggestionList> suggest(String typed) {
        if (typed == null) {
            typed = ""; // the search box is empty: nothing to suggest yet, and no reason for an error
        }
        if (typed.length() > MAX_LENGTH) {
            throw ApiProblem.invalidParameter("q", "param.q-too-long", MAX_LENGTH);
        }
        String folded = String.join(" ", Words.folded(typed));
        Optional<LiveTitleIndex.Snapshot> snapshot = titleIndex.current();
        List<TitleSuggestion> found = folded.length() < MIN_LENGTH ? List.of()
                : titlesFor(folded, snapshot.map(LiveTitleIndex.Snapshot::titles));
        return new Versioned<>(new SuggestionList(typed, found),
                snapshot.isPresent() ? snapshot.get().lastChange() : clock.lastChange());
    }

    private List<TitleSuggestion> titlesFor(String folded, Optional<TitleIndex> index) {
        boolean shortText = folded.length() < MIN_INSIDE_WORD_LENGTH;
        List<TitleSuggestion> found = new ArrayList<>(index.isPresent()
                ? titles.publishedTitlesOf(index.get().wordStarts(folded, LIMIT, shortText ? SHORT_TEXT_WINDOW : 0))
                : titles.titlesWhereAWordStarts(folded, LIMIT, shortText ? SHORT_TEXT_WINDOW : 0));
        if (found.size() < LIMIT && !shortText) {
            List<Long> seen = idsOf(found);
            found.addAll(index.isPresent()
                    ? titles.publishedTitlesOf(index.get().holding(folded, Set.copyOf(seen), LIMIT - found.size()))
                    : titles.titlesHoldingInsideAWord(folded, seen, LIMIT - found.size()));
        }
        int typos = typosAllowed(folded.substring(folded.lastIndexOf(' ') + 1));
        if (found.size() < LIMIT && typos > 0) {
            List<Long> seen = idsOf(found);
            found.addAll(index.isPresent()
                    ? titles.publishedTitlesOf(index.get().closeTo(folded, typos, Set.copyOf(seen), LIMIT - found.size()))
                    : titles.titlesCloseTo(folded, seen, LIMIT - found.size()));
        }
        return found;
    }

    /** Under five letters a typo leaves too little of a word to guess it; from nine, two are forgiven. */
    private static int typosAllowed(String lastWord) {
        return lastWord.length() >= TWO_TYPOS_LENGTH ? 2 : lastWord.length() >= MIN_TYPO_TOLERANT_LENGTH ? 1 : 0;
    }

    private static List<Long> idsOf(List<TitleSuggestion> titles) {
        return titles.stream().map(TitleSuggestion::id).toList();
    }
}
