package news.newsroom.search;


/**
 * Where a search matches an article, best first: title above headline (title, subtitle and excerpt) above body,
 * the words as typed above other forms of them. An article's relevance is its level's weight plus a recency
 * boost, so within a level the newest match ranks first. That is what keeps a search fast on a large archive:
 * each level's best matches are its newest ones, so a page reads a level's newest few (walking the time index)
 * or its matches (collected from a GIN index), never ranks every article a common word appears in.
 */
public enum SearchLevel {
    /** Every wanted word in the title, as typed. */
    TITLE_EXACT(1.25),
    /** Every wanted word in the title, in some form. */
    TITLE(1.0),
    /** Every wanted word in the title, subtitle or excerpt, as typed. */
    HEADLINE_EXACT(0.5),
    /** Every wanted word in the title, subtitle or excerpt, in some form. */
    HEADLINE(0.4),
    /** Some of several wanted words in the title, the others further down. */
    SOME_WORDS_IN_TITLE(0.2),
    /** Only the body holds the search. */
    BODY(0.0);

    private final double weight;

    SearchLevel(double weight) {
        this.weight = weight;
    }

    public double weight() {
        return weight;
    }

    /** One word is either in the title or not: only several words can be partly there. */
    public boolean appliesTo(SearchQuery search) {
        return this != SOME_WORDS_IN_TITLE || search.hasSeveralWords();
    }
}
